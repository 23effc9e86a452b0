/**
 * `npm run bench`: how fast the atlas is, and how close to the floor. Never part of npm test.
 *
 * 1. The engine on synthetic atlases (100 to 100,000 actions over 250 jurisdictions).
 * 2. In Chromium at 4x CPU throttling, for the embed, the explorer and the floor page (the
 *    same geometry drawn and recoloured with d3-geo and no framework): first map paint, scrub
 *    latency per key press (Event Timing), frames per second while playing, main-thread
 *    blocking during load.
 * 3. Lighthouse (mobile preset) for the floor, the embed and the explorer, with the embed's LCP
 *    and bytes beside the floor's.
 *
 * Prints a table and writes bench/results/latest.json. Needs a built site (npm run build).
 * Options: --quick (40 steps, no Lighthouse), --no-lighthouse, --runs N (Lighthouse runs per
 * page, 3 by default: each figure is the median run's, by LCP, with the range beside it).
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './read-data.ts';
import { HEADERS } from './headers.ts';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from './chromium.ts';
import { StatusEngine } from '../src/lib/status/engine.ts';
import { isoFromDay, parseDay } from '../src/lib/data/dates.ts';
import { ACTION_LEVELS, type CompiledAtlas } from '../src/lib/data/types.ts';
import { spreadAreas, spreadSteps } from '../src/lib/status/spread.ts';

const QUICK = process.argv.includes('--quick');
const LIGHTHOUSE = !QUICK && !process.argv.includes('--no-lighthouse');
const STEPS = QUICK ? 40 : 200;
const RUNS = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3);
const DIST = join(ROOT, 'dist');
const FLOOR = join(ROOT, 'bench/.floor');
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}/`;

const quantile = (xs: number[], q: number): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

// 1. Engine ---------------------------------------------------------------------------
function syntheticAtlas(n: number): CompiledAtlas {
  const ids = Array.from({ length: 250 }, (_, i) => `J${String(i).padStart(2, '0')}`);
  const start = parseDay('2015-01-01') as number;
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const actions = Array.from({ length: n }, (_, i) => {
    const day = start + Math.floor(rand() * 3650);
    const ends = rand() < 0.2 ? { iso: isoFromDay(day + Math.floor(rand() * 900)), precision: 'day' as const } : null;
    return {
      id: `a${i}`,
      jurisdiction: ids[Math.floor(rand() * ids.length)],
      date: { iso: isoFromDay(day), precision: 'day' as const },
      effective: null,
      ends,
      level: ACTION_LEVELS[Math.floor(rand() * ACTION_LEVELS.length)],
      category: 'ban' as const,
      authority: '',
      instrument: '',
      scope: '',
      deadlines: [],
      summary: '',
      confidence: 'high' as const,
      notes: '',
      sources: [],
    };
  });
  return {
    format: 1,
    atlas: {
      id: 'synthetic',
      title: '',
      subject: '',
      description: '',
      credits: '',
      lastReviewed: '2025-01-01',
      start: '2014-01-01',
    },
    scale: [],
    jurisdictions: ids.map((id) => ({ id, name: id, kind: 'country' as const })),
    actions,
    coverage: [],
  };
}

function benchEngine() {
  return [100, 1_000, 10_000, 100_000].map((n) => {
    const atlas = syntheticAtlas(n);
    const t0 = performance.now();
    const engine = new StatusEngine(atlas);
    const buildMs = performance.now() - t0;
    const days = Array.from({ length: 2000 }, (_, i) => (parseDay('2015-01-01') as number) + ((i * 37) % 3650));
    for (const d of days.slice(0, 200)) engine.counts(d); // warm up
    const t1 = performance.now();
    for (const d of days) engine.statusesOn(d);
    const queryMs = (performance.now() - t1) / days.length;
    const t2 = performance.now();
    for (const d of days) engine.counts(d);
    const countsMs = (performance.now() - t2) / days.length;
    // The spread chart: its steps (one sweep over every change day of the span) and its areas.
    const t3 = performance.now();
    const from = parseDay('2014-01-01') as number;
    const to = parseDay('2025-01-01') as number;
    const spread = spreadSteps(engine.ids, (id) => engine.stepsOf(id), from, to);
    spreadAreas(spread, from, to, 800, 40);
    const spreadMs = performance.now() - t3;
    return {
      actions: n,
      jurisdictions: 250,
      buildMs: round(buildMs, 2),
      dateQueryMs: round(queryMs, 4),
      countsMs: round(countsMs, 4),
      chartStepsMs: round(spreadMs, 2),
      chartSteps: spread.length,
    };
  });
}

// 2. Browser --------------------------------------------------------------------------
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv',
};

function serve() {
  return createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const [root, rel] = url.startsWith('/floor/') ? [FLOOR, url.slice('/floor/'.length)] : [DIST, url.slice(1)];
    let path = normalize(join(root, rel));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end();
    // Compressed, as any real host serves text: Lighthouse counts bytes transferred.
    const body = readFileSync(path);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && extname(path) !== '.png';
    const headers = { ...HEADERS, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' };
    res.writeHead(200, gzip ? { ...headers, 'Content-Encoding': 'gzip' } : headers).end(gzip ? gzipSync(body) : body);
  });
}

/** Records paint, long tasks, event timing and per-key latency to the next frame. */
const PROBE = `
window.__bench = { longtasks: [], events: [], latency: [] };
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'keydown' || e.name === 'input') window.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
document.addEventListener('keydown', (e) => { const t0 = e.timeStamp; requestAnimationFrame(() => setTimeout(() => window.__bench.latency.push({ start: t0, ms: performance.now() - t0 }), 0)); }, true);
`;

interface PageResult {
  /** Picking Europe to its map drawn (two frames later), the first time (fetch included) and again. */
  regionFirstMs?: number;
  regionAgainMs?: number;
  firstMapPaintMs: number;
  readyMs: number;
  blockingMs: number;
  scrubP50Ms: number;
  scrubP95Ms: number;
  fps: number;
}

async function measure(browser: Browser, url: string, kind: 'ours' | 'floor'): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const load = await page.evaluate((k) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const mark = performance.getEntriesByName('map-painted')[0]?.startTime ?? NaN;
    const b = (window as unknown as { __bench: { longtasks: number[] } }).__bench;
    return {
      firstMapPaintMs: k === 'floor' ? mark : fcp,
      readyMs: performance.now() - nav.startTime,
      blockingMs: b.longtasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
    };
  }, kind);
  const sliderSel = kind === 'floor' ? '#slider' : '[data-testid="time-slider"]';
  await page.focus(sliderSel);
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { latency: unknown[]; events: unknown[] } }).__bench;
    b.latency.length = 0;
    b.events.length = 0;
  });
  // The same key and the same days on every page: from 2017-06-01 a day per press, across
  // the busiest half-year of the atlas (eight changes of status).
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  const scrub = await page.evaluate(() => {
    const b = (
      window as unknown as {
        __bench: { latency: { start: number; ms: number }[]; events: { start: number; duration: number }[] };
      }
    ).__bench;
    // Event Timing reports presses of 16 ms or more; faster ones are timed to the next frame.
    return b.latency.map((l) => b.events.find((e) => Math.abs(e.start - l.start) < 1)?.duration ?? l.ms);
  });
  const region = await measureRegion(page, kind);
  const playSel = kind === 'floor' ? '#play' : 'button.play';
  await page.click(playSel);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const fps = (await page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const t0 = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (performance.now() - t0));
    };
    requestAnimationFrame(tick);
  })`)) as number;
  await context.close();
  return { ...load, ...region, scrubP50Ms: quantile(scrub, 0.5), scrubP95Ms: quantile(scrub, 0.95), fps };
}

/** Time from asking for Europe to its map painted (two frames), first and second time. */
async function measureRegion(page: Page, kind: 'ours' | 'floor'): Promise<{ regionFirstMs: number; regionAgainMs: number }> {
  const pick = (region: string) =>
    page.evaluate(`new Promise((resolve) => {
      const t0 = performance.now();
      const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      if (${JSON.stringify(kind)} === 'floor') {
        if (${JSON.stringify(region)} === 'europe') window.__europe();
        return done();
      }
      const select = document.querySelector('[data-testid="region-select"]');
      select.value = ${JSON.stringify(region)};
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const wait = () => (document.querySelector('svg.map[data-region="${region}"]') ? done() : requestAnimationFrame(wait));
      wait();
    })`) as Promise<number>;
  const regionFirstMs = await pick('europe');
  if (kind === 'ours') await pick('world');
  const regionAgainMs = kind === 'ours' ? await pick('europe') : regionFirstMs;
  if (kind === 'ours') await pick('world');
  return { regionFirstMs, regionAgainMs };
}

// 3. Lighthouse -----------------------------------------------------------------------
async function lighthouseRun(url: string) {
  const { default: lighthouse } = await import('lighthouse');
  const port = 9333;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no Lighthouse result');
    const a = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcpMs: round(a('largest-contentful-paint'), 0),
      tbtMs: round(a('total-blocking-time'), 0),
      cls: round(a('cumulative-layout-shift'), 3),
      kb: round(a('total-byte-weight') / 1024, 1),
      lcpElement: String(
        (
          lhr.audits['largest-contentful-paint-element']?.details as
            { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
        )?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
      ).slice(0, 80),
      biggest: (
        (lhr.audits['total-byte-weight']?.details as { items?: { url: string; totalBytes: number }[] } | undefined)?.items ?? []
      )
        .slice(0, 5)
        .map((i) => `${i.url.replace(BASE, '/')} ${round(i.totalBytes / 1024, 1)} KB`),
    };
  } finally {
    await browser.close();
  }
}

// Run ---------------------------------------------------------------------------------
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(1);
}
console.log('Engine…');
const engine = benchEngine();
console.log('Floor page…');
await build({
  root: join(ROOT, 'bench/floor'),
  base: './',
  configFile: false,
  logLevel: 'silent',
  build: { outDir: FLOOR, emptyOutDir: true, target: 'es2022' },
});
const server = serve();
await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const pages: Record<string, PageResult> = {};
for (const [name, path, kind] of [
  ['floor', 'floor/?date=2017-06-01', 'floor'],
  ['embed', 'embed/?date=2017-06-01', 'ours'],
  ['explorer', '?date=2017-06-01', 'ours'],
] as const) {
  console.log(`Chromium, 4x CPU throttling: ${name}…`);
  pages[name] = await measure(browser, `${BASE}${path}`, kind);
}
await browser.close();
const lighthouseResults: Record<string, unknown> = {};
if (LIGHTHOUSE) {
  // The floor too: the embed's LCP and bytes are judged against it.
  for (const [name, path] of [
    ['floor', 'floor/'],
    ['embed', 'embed/'],
    ['explorer', ''],
  ]) {
    console.log(`Lighthouse (mobile): ${name}…`);
    // One run moves by a third between runs on a shared machine: the median of several.
    const runs: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(`${BASE}${path}`));
    runs.sort((a, b) => a.lcpMs - b.lcpMs);
    const range = (k: 'lcpMs' | 'tbtMs') => `${Math.min(...runs.map((r) => r[k]))}–${Math.max(...runs.map((r) => r[k]))}`;
    lighthouseResults[name] = {
      ...runs[Math.floor(runs.length / 2)],
      runs: RUNS,
      lcpRange: range('lcpMs'),
      tbtRange: range('tbtMs'),
    };
  }
}
server.close();

const floor = pages.floor;
const ratio = (x: number, f: number) => (Number.isFinite(x) && f > 0 ? `${round(x / f, 2)}×` : 'n/a');
console.log('\nEngine (Node, one core)');
console.table(engine);
console.log('Pages (Chromium, 4x CPU throttling, 390 px wide)');
console.table(
  Object.fromEntries(
    Object.entries(pages).map(([name, r]) => [
      name,
      {
        'first map paint ms': round(r.firstMapPaintMs, 0),
        'vs floor': name === 'floor' ? '' : ratio(r.firstMapPaintMs, floor.firstMapPaintMs),
        'ready ms': round(r.readyMs, 0),
        'blocking ms': round(r.blockingMs, 0),
        'scrub p50 ms': round(r.scrubP50Ms, 1),
        'scrub p95 ms': round(r.scrubP95Ms, 1),
        'p95 vs floor': name === 'floor' ? '' : ratio(r.scrubP95Ms, floor.scrubP95Ms),
        'fps playing': round(r.fps, 0),
        'region ms (1st / again)': `${round(r.regionFirstMs ?? NaN, 0)} / ${round(r.regionAgainMs ?? NaN, 0)}`,
      },
    ]),
  ),
);
if (LIGHTHOUSE) {
  console.log(`Lighthouse (mobile preset), the median of ${RUNS} runs by LCP`);
  console.table(
    Object.fromEntries(
      Object.entries(lighthouseResults).map(([k, v]) => {
        const { score, lcpMs, tbtMs, cls, kb, lcpRange, tbtRange } = v as Record<string, number>;
        const f = lighthouseResults.floor as Record<string, number>;
        const vs = (x: number, y: number) => (k === 'floor' ? '' : ratio(x, y));
        return [
          k,
          {
            score,
            lcpMs,
            'lcp range': lcpRange,
            'lcp vs floor': vs(lcpMs, f.lcpMs),
            tbtMs,
            'tbt range': tbtRange,
            cls,
            kb,
            'kb vs floor': vs(kb, f.kb),
          },
        ];
      }),
    ),
  );
  for (const [k, v] of Object.entries(lighthouseResults)) {
    const r = v as { biggest: string[]; lcpElement: string };
    console.log(`${k}: LCP element ${r.lcpElement}; largest transfers: ${r.biggest.join(', ')}`);
  }
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = { date: new Date().toISOString(), steps: STEPS, engine, pages, lighthouse: lighthouseResults };
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(out, null, 2) + '\n');
console.log('Written to bench/results/latest.json');
