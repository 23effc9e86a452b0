/** Reads the built site: what a reader, a search engine or a host gets before any script runs. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { REGIONS, outlinesPath } from '../../src/lib/geo/regions.ts';
import type { Outlines } from '../../src/lib/geo/outlines.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';
import type { CompiledAtlas } from '../../src/lib/data/types.ts';

const ROOT = join(import.meta.dirname, '../..');

const DIST = join(import.meta.dirname, '../../dist');
const read = (p: string): string => readFileSync(join(DIST, p), 'utf8');
const gz = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.each(['index.html', 'embed/index.html'])('%s', (page) => {
  const html = read(page);

  it('contains the prerendered SVG map with every jurisdiction coloured', () => {
    expect(html).toContain('data-testid="map-svg"');
    const paths = html.match(/<path[^>]*data-id="[A-Z]{3}"[^>]*>/g) ?? [];
    expect(paths.length).toBeGreaterThan(200);
    expect(html).toMatch(/data-id="USA"[^>]*data-status="nationwide"/);
    expect(html).toMatch(/data-id="AUS"[^>]*data-status="government"/);
    for (const tiny of ['LUX', 'MLT', 'SGP']) expect(html).toContain(`data-id="${tiny}"`);
  });

  it('contains the summary sentence and the legend', () => {
    expect(html).toMatch(/<p[^>]*data-testid="summary"[^>]*>On \d+ \w+ \d{4}, \d+ jurisdictions restricted Kaspersky Lab:/);
    expect(html).toContain('Government-wide ban');
    expect(html).toContain('Nationwide ban');
  });

  it('runs region.js in the head, before the first paint, and prerenders the world', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const script = head.search(/<script src="(\.\.\/)*(\.\/)?region\.js" data-page-atlas="kaspersky" data-page-region="world"/);
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(head.search(/<link rel="stylesheet"|<script type="module"/));
    // A phone reads the viewport's tag before it can match region.js's phone-sized media query.
    expect(script).toBeGreaterThan(head.indexOf('<meta name="viewport"'));
    expect(html).toMatch(/<svg class="map[^"]*" data-region="world"/);
  });

  it(page.startsWith('embed') ? 'leaves the start of its code to region.js' : 'starts its code from the head', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const deferred =
      /<script src="[^"]*region\.js"[^>]* data-app="\.\.\/assets\/embed-[\w-]+\.js" data-modules="\.\.\/assets\/boot-[\w-]+\.js"/;
    if (page.startsWith('embed')) {
      expect(head).toMatch(deferred);
      expect(head).not.toMatch(/<script type="module"|rel="modulepreload"|rel="preload"/);
    } else {
      expect(head).not.toMatch(/data-app=/);
      expect(head).toMatch(/<script type="module" crossorigin src="\.\/assets\/explorer-[\w-]+\.js"/);
    }
  });

  it('puts the oEmbed discovery link in the first 4 KB', () => {
    const at = html.indexOf('application/json+oembed');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(4096);
  });

  it('has no absolute URL pointing off-site, and no inline script or style', () => {
    const site = process.env.BAN_ATLAS_URL ?? 'http://127.0.0.1:4173/';
    const urls = html.match(/(?:src|href|content)="(https?:\/\/[^"]+)"/g) ?? [];
    for (const u of urls) expect(u.slice(u.indexOf('"') + 1), page).toMatch(new RegExp(`^${site.replace(/[./]/g, '\\$&')}`));
    // Relative URLs only, so the site works from any folder of any host.
    expect(html).not.toMatch(/(?:src|href)="\/(?!\/)/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

// Every atlas but the default has its own prerendered pages (src/lib/url/pages.ts).
describe.each(['tiktok/index.html', 'tiktok/embed/index.html'])('%s', (page) => {
  const html = read(page);
  const atlas = JSON.parse(read('data/tiktok/events.json')) as CompiledAtlas;
  const site = process.env.BAN_ATLAS_URL ?? 'http://127.0.0.1:4173/';
  const dir = page.replace('index.html', '');

  it("carries TikTok's title, description, social card, canonical link and preload", () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<title>${atlas.atlas.title} · Ban Atlas</title>`);
    expect(head).toContain(`<meta property="og:title" content="${atlas.atlas.title}">`);
    expect(head).toContain(`<meta property="og:image" content="${site}tiktok/preview.png">`);
    expect(head).toContain(`<link rel="canonical" href="${site}${dir}">`);
    expect(head).toContain(`href="${site}oembed/tiktok.json"`);
    // The explorer preloads its atlas's data; the embed leaves the line to its HTML.
    if (dir === 'tiktok/') expect(head).toContain('<link rel="preload" href="../data/tiktok/events.json"');
    else expect(head).not.toContain('rel="preload"');
    expect(head).toContain('data-page-atlas="tiktok"');
    expect(html).toContain('<h1');
    expect(html).toContain(`>${atlas.atlas.title}</h1>`);
    expect(html).toMatch(/data-initial="\{&quot;atlas&quot;:&quot;tiktok&quot;/);
  });

  it("prerenders TikTok's map today: every shape coloured with its status from the engine", () => {
    const initial = JSON.parse(/data-initial="([^"]*)"/.exec(html)![1].replaceAll('&quot;', '"')) as { today: number };
    const engine = new StatusEngine(atlas);
    const shapes = [...html.matchAll(/<path[^>]*data-id="([A-Z]{3})"[^>]*data-status="([a-z]+)"/g)];
    expect(shapes.length).toBeGreaterThan(200);
    const restricted = shapes.filter(([, , status]) => status !== 'none');
    expect(restricted.length).toBeGreaterThan(5);
    for (const [, id, status] of shapes) expect(status, id).toBe(engine.statusOf(id, initial.today));
  });

  it('reaches its assets, data and region.js from the deeper folder', () => {
    const up = '../'.repeat(dir.split('/').filter(Boolean).length);
    const refs = [
      ...[...html.matchAll(/(?:src|href)="(\.\.\/[^"#?]*)"/g)].map((m) => m[1]),
      // What region.js starts on an embed after its first paint.
      ...[...html.matchAll(/data-(?:app|modules|fetches)="([^"]*)"/g)].flatMap((m) => m[1].split(' ')),
    ];
    expect(refs.length).toBeGreaterThan(4);
    for (const ref of refs) {
      // The site's files from the root; the embed's "../" is its own atlas's explorer.
      if (/assets\/|data\/|region\.js|favicon/.test(ref)) expect(ref.startsWith(up), ref).toBe(true);
      const target = join(DIST, dir, ref);
      expect(existsSync(ref.endsWith('/') ? join(target, 'index.html') : target), ref).toBe(true);
    }
    expect(html).toContain(`data-root="${up}"`);
  });
});

describe('built files', () => {
  it('serves the compiled atlas as JSON and CSV', () => {
    const atlas = JSON.parse(read('data/kaspersky/events.json'));
    expect(atlas.format).toBe(1);
    const rows = parseCsv(readFileSync(join(ROOT, 'data/atlases/kaspersky/actions.csv'), 'utf8')).rows;
    expect(atlas.actions).toHaveLength(rows.length);
    const csv = read('data/kaspersky/events.csv');
    expect(csv.split('\r\n')[0]).toMatch(/^id,jurisdiction,jurisdiction_name,date,date_precision,/);
    expect(csv).toContain('aus-2025-pspf,AUS,Australia,2025-02-21,day');
  });

  it('writes a valid oEmbed file with a thumbnail that exists', () => {
    const o = JSON.parse(read('oembed/kaspersky.json'));
    expect(o).toMatchObject({ type: 'rich', version: '1.0', width: 720, height: 640 });
    expect(o.html).toMatch(/^<iframe src="[^"]+embed\/" title="Who bans Kaspersky\?"/);
    expect(o.thumbnail_url).toMatch(/preview\.png$/);
    expect(o.thumbnail_width && o.thumbnail_height).toBeTruthy();
    const png = readFileSync(join(DIST, 'preview.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Each atlas's oEmbed points at its own folder's embed and preview.
    const t = JSON.parse(read('oembed/tiktok.json'));
    expect(t.html).toMatch(/^<iframe src="[^"]+\/tiktok\/embed\/" title="Who bans TikTok\?"/);
    expect(t.thumbnail_url).toMatch(/\/tiktok\/preview\.png$/);
    expect(readFileSync(join(DIST, 'tiktok/preview.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps the topology within 60 KB gzipped with every country in it', () => {
    const world = readFileSync(join(DIST, 'data/world.json'));
    expect(gz(world)).toBeLessThanOrEqual(60 * 1024);
    const ids = JSON.parse(world.toString()).objects.countries.geometries.map((g: { id: string }) => g.id);
    for (const id of ['LUX', 'MLT', 'SGP', 'VAT', 'MCO', 'FJI', 'RUS']) expect(ids).toContain(id);
    expect(ids).not.toContain('ATA');
  });

  it('writes each region as a small model of its own, and region.js knows each', () => {
    const script = read('region.js');
    for (const region of REGIONS.filter((r) => r !== 'world')) {
      const file = readFileSync(join(DIST, `data/regions/${region}.json`));
      // Asia, from the Bosporus to Japan with Indonesia's islands, is the largest: 13 KB.
      expect(gz(file), region).toBeLessThanOrEqual((region === 'asia' ? 14 : 12) * 1024);
      const model = JSON.parse(file.toString());
      expect(model.region).toBe(region);
      expect(script).toContain(`"${region}":["data/regions/${region}.json",`);
    }
    const europe = JSON.parse(read('data/regions/europe.json')).countries.map((c: { id: string }) => c.id);
    for (const id of ['NLD', 'LTU', 'LUX', 'MLT', 'LIE', 'VAT']) expect(europe).toContain(id);
    expect(europe).not.toContain('AUS');
  });

  it("writes each region's alliance outlines in its projection, without label points, smaller than the world's", () => {
    const world = readFileSync(join(DIST, outlinesPath('world')));
    for (const region of REGIONS) {
      const file = readFileSync(join(DIST, outlinesPath(region)));
      const outlines = JSON.parse(file.toString()) as Outlines;
      expect(outlines.region).toBe(region);
      expect(gz(file), region).toBeLessThanOrEqual(gz(world));
      const periods = Object.values(outlines.alliances).flat();
      expect(periods.length).toBeGreaterThan(0);
      for (const p of periods) expect(Object.keys(p)).toEqual(['from', 'to', 'members', 'd']);
    }
    // NATO reaches into Europe's view; it is drawn there.
    expect(JSON.parse(read(outlinesPath('europe'))).alliances.nato.at(-1).d).not.toBe('');
  });

  it('ships the headers and the host script under stable names', () => {
    expect(read('_headers')).toContain("Content-Security-Policy: default-src 'none'");
    expect(read('nginx-headers.conf')).toContain('add_header Content-Security-Policy');
    // WebKit's sandboxed frames need the deployment origin named beside 'self'; nothing wider.
    const origin = new URL(process.env.BAN_ATLAS_URL ?? 'http://127.0.0.1:4173/').origin;
    const csp = /Content-Security-Policy: (.*)/.exec(read('_headers'))?.[1] ?? '';
    expect(csp).toContain(`script-src 'self' ${origin};`);
    expect(csp).toContain(`connect-src 'self' ${origin};`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:(\s|;|$)/);
    expect(read('embed-host.js')).toContain('datawrapper-height');
    expect(existsSync(join(DIST, 'vendor/pym.v1.min.js'))).toBe(true);
  });

  it('never puts MapLibre in the first-load scripts of the embed', () => {
    const embed = read('embed/index.html');
    // Started by region.js after the first paint: the entry and the chunks it preloads.
    const scripts = [...embed.matchAll(/data-(?:app|modules)="([^"]+)"/g)].flatMap((m) =>
      m[1].split(' ').map((u) => u.replace(/^\.\.\//, '')),
    );
    expect(scripts.length).toBeGreaterThan(1);
    for (const s of scripts) expect(read(s)).not.toContain('maplibre');
    const all = files(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(all.length).toBeGreaterThan(0);
  });
});
