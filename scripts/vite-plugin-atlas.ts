/**
 * The build's glue: fills each page's head and start-up data from the compiled atlas, writes the methodology page
 * from data/README.md, and emits the oEmbed files and the self-hosted pym.js.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { todayDay } from '../src/lib/data/dates.ts';
import type { CompiledAtlas } from '../src/lib/data/types.ts';
import { markdownToHtml } from './markdown.ts';
import { ROOT } from './read-data.ts';
import { SITE_URL, netlifyHeaders, nginxSnippet } from './headers.ts';
import { escapeHtml as esc } from '../src/lib/text/escape.ts';
import { feedPath } from '../src/lib/data/atom.ts';

const DATA = join(ROOT, 'public/data');

/** Where the site will live (defined beside the headers, which name its origin); absolute URLs need it. */
export { SITE_URL };

function readJson<T>(path: string): T {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run data" first (npm run build does it for you).`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface SiteInfo {
  atlases: string[];
  /** Each atlas's subject ("Kaspersky Lab", "TikTok"), for the atlas switcher. */
  names: Record<string, string>;
  atlas: CompiledAtlas;
}

export function siteInfo(): SiteInfo {
  const atlases = readJson<string[]>(join(DATA, 'atlases.json'));
  const all = atlases.map((id) => readJson<CompiledAtlas>(join(DATA, id, 'events.json')));
  return { atlases, names: Object.fromEntries(all.map((a) => [a.atlas.id, a.atlas.subject])), atlas: all[0] };
}

export function oembed(atlas: CompiledAtlas): object {
  const src = `${SITE_URL}embed/`;
  return {
    type: 'rich',
    version: '1.0',
    title: atlas.atlas.title,
    provider_name: 'Ban Atlas',
    provider_url: SITE_URL,
    width: 720,
    height: 640,
    html: `<iframe src="${esc(src)}" title="${esc(atlas.atlas.title)}" width="720" height="640" style="width:100%;border:0" loading="lazy"></iframe>`,
    thumbnail_url: `${SITE_URL}preview.png`,
    thumbnail_width: 1200,
    thumbnail_height: 675,
    cache_age: 86400,
  };
}

export function atlasPlugin(): Plugin {
  return {
    name: 'ban-atlas',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const { atlases, names, atlas } = siteInfo();
        const meta = atlas.atlas;
        const page = ctx.path.includes('methodology') ? 'methodology' : ctx.path.includes('embed') ? 'embed' : 'explorer';
        const initial = JSON.stringify({ atlas: meta.id, atlases, names, today: todayDay() });
        const title = page === 'methodology' ? `Methodology · ${meta.title}` : meta.title;
        const oembedHref = `${SITE_URL}oembed/${meta.id}.json`;
        // What every page's head shares; the oEmbed link early, within WordPress's first bytes.
        const root = page === 'explorer' ? './' : '../';
        const head = [
          '<meta name="viewport" content="width=device-width, initial-scale=1">',
          `<link rel="alternate" type="application/json+oembed" href="${esc(oembedHref)}" title="${esc(meta.title)}">`,
          // A feed per atlas, the default first: a feed reader offers them all.
          ...atlases.map((id) => {
            const m = id === meta.id ? meta : readJson<CompiledAtlas>(join(DATA, id, 'events.json')).atlas;
            return `<link rel="alternate" type="application/atom+xml" href="${root}${feedPath(id)}" title="${esc(`${m.title} (Atom feed of every action)`)}">`;
          }),
          `<title>${esc(title)} · Ban Atlas</title>`,
          `<meta name="description" content="${esc(meta.description)}">`,
          '<meta name="color-scheme" content="light dark">',
          `<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">`,
        ].join('\n    ');
        return html
          .replace('<!--head-->', head)
          .replace('data-initial="{}"', `data-initial="${esc(initial)}"`)
          .replace(
            '<!--methodology-->',
            page === 'methodology' ? markdownToHtml(readFileSync(join(ROOT, 'data/README.md'), 'utf8')) : '',
          );
      },
    },
    generateBundle() {
      // The server build for the prerender needs none of the site's files.
      if (this.environment.config.consumer === 'server') return;
      const { atlases } = siteInfo();
      for (const id of atlases) {
        const atlas = readJson<CompiledAtlas>(join(DATA, id, 'events.json'));
        this.emitFile({ type: 'asset', fileName: `oembed/${id}.json`, source: JSON.stringify(oembed(atlas), null, 1) });
      }
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders() });
      this.emitFile({ type: 'asset', fileName: 'nginx-headers.conf', source: nginxSnippet() });
      this.emitFile({
        type: 'asset',
        fileName: 'vendor/pym.v1.min.js',
        source: readFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8'),
      });
    },
  };
}
