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
import { atlasDir, atlasOfPage } from '../src/lib/url/pages.ts';

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
  /** The default atlas. */
  atlas: CompiledAtlas;
  /** Every atlas, in atlases.json's order (the default first). */
  all: CompiledAtlas[];
}

export function siteInfo(): SiteInfo {
  const atlases = readJson<string[]>(join(DATA, 'atlases.json'));
  const all = atlases.map((id) => readJson<CompiledAtlas>(join(DATA, id, 'events.json')));
  return { atlases, names: Object.fromEntries(all.map((a) => [a.atlas.id, a.atlas.subject])), atlas: all[0], all };
}

/** The oEmbed file for an atlas: its default view (its own folder's embed), for consumers that ask without a URL. */
export function oembed(atlas: CompiledAtlas, atlases: readonly string[], pageUrl: string | null = null): object {
  return oembedFor({ siteUrl: SITE_URL, title: atlas.atlas.title, dir: atlasDir(atlas.atlas.id, atlases), pageUrl });
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
  const atlases = readJson<string[]>(join(DATA, 'atlases.json'));
  const id = (URL.canParse(page) && atlasOfPage(new URL(page), SITE_URL, atlases)) || m[1];
  const body = JSON.stringify(oembed(readJson<CompiledAtlas>(join(DATA, id, 'events.json')), atlases, page));
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end(body);
}

export interface HeadInput {
  atlas: CompiledAtlas;
  atlases: readonly string[];
  page: 'explorer' | 'embed' | 'methodology';
  /** The way from the page back to the site's root ('./', '../', '../../'). */
  root: string;
}

/** What every page's head shares: title, description, the oEmbed link early (within WordPress's first bytes), the feeds. */
export function pageHead({ atlas, atlases, page, root }: HeadInput): string {
  const meta = atlas.atlas;
  const title = page === 'methodology' ? `Methodology · ${meta.title}` : meta.title;
  return [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="alternate" type="application/json+oembed" href="${esc(`${SITE_URL}oembed/${meta.id}.json`)}" title="${esc(meta.title)}">`,
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
        const page = ctx.path.includes('methodology') ? 'methodology' : ctx.path.includes('embed') ? 'embed' : 'explorer';
        const initial = JSON.stringify({ atlas: atlas.atlas.id, atlases, names, today: todayDay() });
        // The build leaves the explorer's and the embed's head to scripts/prerender.ts, which
        // writes one page per atlas, each with its own head.
        const prerendered = page !== 'methodology' && !ctx.server;
        return html
          .replace(
            '<!--head-->',
            prerendered ? '<!--head-->' : pageHead({ atlas, atlases, page, root: page === 'explorer' ? './' : '../' }),
          )
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
        this.emitFile({ type: 'asset', fileName: `oembed/${id}.json`, source: JSON.stringify(oembed(atlas, atlases), null, 1) });
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
