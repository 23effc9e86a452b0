/**
 * Prerenders the explorer and the embed into the built HTML: the SVG map for today, the
 * summary sentence and the legend are in the page before any JavaScript runs, and the
 * browser hydrates the same markup. Also writes the PNG preview used by social cards,
 * oEmbed and <noscript>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml as esc } from '../src/lib/text/escape.ts';
import { ROOT } from './read-data.ts';
import { siteInfo } from './vite-plugin-atlas.ts';
import { SITE_URL } from './site-url.ts';
import { todayDay, formatDay } from '../src/lib/data/dates.ts';
import type { MapModel } from '../src/lib/geo/model.ts';
import { exportSvg } from '../src/lib/geo/export-svg.ts';
import { StatusEngine } from '../src/lib/status/engine.ts';
import { summariseDay } from '../src/lib/status/summary.ts';
import type { CompiledAlliances } from '../src/lib/data/types.ts';
import type { renderApp as RenderApp } from '../src/ssr.ts';

const DIST = join(ROOT, 'dist');

const { renderApp } = (await import(pathToFileURL(join(ROOT, '.ssr/ssr.js')).href)) as { renderApp: typeof RenderApp };
const { atlases, names, atlas } = siteInfo();
const alliances = JSON.parse(readFileSync(join(ROOT, 'public/data/alliances.json'), 'utf8')) as CompiledAlliances;
const today = todayDay();
const meta = atlas.atlas;
const model = JSON.parse(readFileSync(join(ROOT, 'public/data/map-model.json'), 'utf8')) as MapModel;

function page(file: string, embedded: boolean, root: string): void {
  const path = join(DIST, file);
  const html = readFileSync(path, 'utf8');
  const { body, sentence } = renderApp({ atlas, alliances, atlases, names, today, model }, embedded);
  const initial = esc(JSON.stringify({ atlas: meta.id, atlases, names, today }));
  const social = [
    `<meta property="og:title" content="${esc(meta.title)}">`,
    `<meta property="og:description" content="${esc(sentence)}">`,
    `<meta property="og:image" content="${SITE_URL}preview.png">`,
    `<meta property="og:type" content="website">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<link rel="preload" href="${root}data/${meta.id}/events.json" as="fetch" crossorigin>`,
  ].join('\n    ');
  const noscript =
    `<noscript><p class="noscript">This map is interactive with JavaScript. Without it, it shows ${esc(formatDay(today))}. ` +
    `<a href="${root}preview.png">The map as an image</a> · <a href="${root}data/${meta.id}/events.csv">the data (CSV)</a></p></noscript>`;
  const out = html
    .replace(
      /<div id="app" data-root="([^"]*)" data-initial="[^"]*">/,
      `<div id="app" data-root="$1" data-initial="${initial}" data-prerendered="true">`,
    )
    .replace('<!--app-->', body)
    .replace('<!--social-->', social)
    .replace('<!--noscript-->', noscript);
  if (!out.includes('data-prerendered="true"') || out.includes('<!--app-->')) throw new Error(`${file}: placeholders not found`);
  writeFileSync(path, out);
}

page('index.html', false, './');
page('embed/index.html', true, '../');

const engine = new StatusEngine(atlas);
const svg = exportSvg({
  model,
  statusOf: (id) => engine.statusOf(id, today),
  scale: atlas.scale,
  counts: summariseDay(engine.statusesOn(today), atlas.jurisdictions, (id) => id).mapCounts,
  title: meta.title,
  date: `Status on ${formatDay(today)}`,
  credit: `Source: ${meta.credits} ${SITE_URL}`,
});
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: true } }).render().asPng();
writeFileSync(join(DIST, 'preview.png'), png);
console.log(
  `prerendered index.html and embed/index.html for ${formatDay(today)}; preview.png ${(png.length / 1024).toFixed(0)} KB`,
);
