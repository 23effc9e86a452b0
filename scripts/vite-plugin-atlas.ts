/**
 * The build's glue: fills each page's head and start-up data from the compiled atlas, writes the methodology page
 * from data/README.md, and emits the oEmbed files and the self-hosted pym.js.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { todayDay } from '../src/lib/data/dates.ts';
import type { CompiledAtlas } from '../src/lib/data/types.ts';
import { methodologyBody, methodologyHtml } from './markdown.ts';
import { ROOT } from './read-data.ts';
import { SITE_URL, netlifyHeaders, nginxSnippet } from './headers.ts';
import { escapeHtml as esc } from '../src/lib/text/escape.ts';
import { feedPath } from '../src/lib/data/atom.ts';
import { oembedFor } from '../src/lib/embed/oembed.ts';

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

/** The oEmbed file for an atlas: the default view, for consumers that ask without a URL. */
export function oembed(atlas: CompiledAtlas, pageUrl: string | null = null): object {
  return oembedFor({ siteUrl: SITE_URL, title: atlas.atlas.title, pageUrl });
}

/**
 * Answers `oembed/<atlas>.json?url=<page>` (WordPress adds the page URL to the discovered link)
 * with the frame for that page's view. A static host serves the file as it is, the default view;
 * this handler is the one a host with a function or edge route would run.
 */
function oembedMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const url = new URL(req.url ?? '/', SITE_URL);
  const m = /\/oembed\/([a-z0-9-]+)\.json$/.exec(url.pathname);
  const page = url.searchParams.get('url');
  if (!m || page === null || !existsSync(join(DATA, m[1], 'events.json'))) return next();
  const pageAtlas = URL.canParse(page) ? new URL(page).searchParams.get('atlas') : null;
  const id = pageAtlas && /^[a-z0-9-]+$/.test(pageAtlas) && existsSync(join(DATA, pageAtlas, 'events.json')) ? pageAtlas : m[1];
  const body = JSON.stringify(oembed(readJson<CompiledAtlas>(join(DATA, id, 'events.json')), page));
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end(body);
}

export function atlasPlugin(): Plugin {
  return {
    name: 'ban-atlas',
    configureServer(server) {
      server.middlewares.use(oembedMiddleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(oembedMiddleware);
    },
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
            page === 'methodology' ? methodologyBody(methodologyHtml(join(ROOT, 'data'), 'en')) : '',
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
