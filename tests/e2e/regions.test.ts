/**
 * Region views on a phone, the prerendered page asked for another region, outlines, legend and
 * slide in a region, and the spread chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';
import { parseDay } from '../../src/lib/data/dates.ts';
import { STACKED } from '../../src/lib/status/spread.ts';
import type { CompiledAtlas } from '../../src/lib/data/types.ts';
import { inRegion, type Region } from '../../src/lib/geo/regions.ts';
import { LEVELS } from '../../src/lib/data/types.ts';

const atlas = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../dist/data/kaspersky/events.json'), 'utf8'),
) as CompiledAtlas;
const engine = new StatusEngine(atlas);
const tiktok = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/data/tiktok/events.json'), 'utf8')) as CompiledAtlas;
const PHONE = { viewport: { width: 375, height: 800 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function drawn(page: Page, region: string): Promise<void> {
  await ready(page);
  await page.waitForSelector(`svg.map[data-region="${region}"]`);
}

/** Width and height on screen of a country's shape. */
const size = (page: Page, id: string) =>
  page.locator(`[data-jurisdiction="${id}"]`).evaluate((el) => {
    const b = el.getBoundingClientRect();
    return [b.width, b.height];
  });

/** Countries under 24 px across on screen that have no 24 px tap target either. */
const untappable = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.countries path[data-id]')].flatMap((p) => {
      const b = p.getBoundingClientRect();
      const id = p.getAttribute('data-id') as string;
      if (Math.min(b.width, b.height) >= 24) return [];
      const hit = document.querySelector(`.markers circle.hit[data-id="${id}"]`)?.getBoundingClientRect();
      return hit && Math.min(hit.width, hit.height) >= 23.9 ? [] : [id];
    }),
  );

describe.each([
  ['explorer', ''],
  ['embed', 'embed/'],
])('region=europe in the %s at 375 px', (_name, path) => {
  it('draws the Netherlands and Lithuania at least 14 px across, and every country can be tapped', async () => {
    const { page, errors } = await open(browser, `${SITE}${path}?date=2025-03-01&region=europe`, PHONE);
    await drawn(page, 'europe');
    for (const id of ['NLD', 'LTU']) {
      const [w, h] = await size(page, id);
      console.log(`${path || 'explorer'} Europe at 375 px: ${id} ${w.toFixed(1)} × ${h.toFixed(1)} px`);
      expect(Math.min(w, h), id).toBeGreaterThanOrEqual(14);
    }
    // Every country is at least 24 px across, or has a 24 px tap target.
    expect(await untappable(page)).toEqual([]);
    // Microstates keep markers, and a tap 11 px from Malta's centre still finds Malta.
    for (const id of ['LUX', 'MLT', 'LIE']) {
      expect(await page.locator(`.markers circle.hit[data-id="${id}"]:not([data-target])`).count(), id).toBe(1);
    }
    const hits = await page.locator('.markers circle.hit[data-id="MLT"]').evaluate((c) => {
      const b = c.getBoundingClientRect();
      const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
      return [
        [x + 11, y],
        [x - 11, y],
        [x, y + 11],
        [x, y - 11],
      ].map(([px, py]) => document.elementFromPoint(px, py)?.getAttribute('data-id'));
    });
    expect(hits).toEqual(['MLT', 'MLT', 'MLT', 'MLT']);
    // Restricting countries are labelled where they fit.
    expect(await page.locator('[data-label-for="UKR"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe.each([
  ['asia', 'IND AFG KGZ NPL PAK JOR IDN TWN'],
  ['africa', 'SEN SOM'],
] as [Region, string][])("TikTok's %s view at 375 px", (region, ids) => {
  it('draws every country with an action there, the statuses as the data says, each one tappable', async () => {
    const date = '2024-01-01';
    const { page, errors, requests } = await open(browser, `${SITE}embed/?atlas=tiktok&region=${region}&date=${date}`, PHONE);
    await drawn(page, region);
    const tt = new StatusEngine(tiktok);
    const acting = [...new Set(tiktok.actions.map((a) => a.jurisdiction))].filter((id) => inRegion(region, id));
    expect(acting.sort()).toEqual(ids.split(' ').sort());
    for (const id of acting) {
      expect(await page.getAttribute(`.countries path[data-id="${id}"]`, 'data-status'), id).toBe(
        tt.statusOf(id, parseDay(date) as number),
      );
      const [w, h] = await size(page, id);
      console.log(`TikTok ${region} at 375 px: ${id} ${w.toFixed(1)} × ${h.toFixed(1)} px`);
    }
    expect(await untappable(page)).toEqual([]);
    // Its model came on demand, and only its own.
    expect(requests.filter((u) => u.includes('/data/regions/') && !u.includes('-outlines'))).toEqual([
      `${SITE}data/regions/${region}.json`,
    ]);
    expect(errors).toEqual([]);
  });
});

describe('alliance outlines in a region view', () => {
  it("draws NATO in Europe's projection, from Europe's own outline file", async () => {
    const { page, requests, errors } = await open(browser, `${SITE}?region=europe&overlays=nato&date=2025-03-01`);
    await drawn(page, 'europe');
    const outline = page.locator('svg.map[data-region="europe"] g.outlines [data-outline="nato"]');
    await outline.waitFor({ state: 'attached' });
    expect((await outline.getAttribute('data-members'))?.split(' ')).toContain('LTU');
    // The outline lies on Lithuania: Lithuania's shape sits inside the outline's box.
    const [o, l] = await Promise.all(
      [outline.locator('path.line'), page.locator('[data-jurisdiction="LTU"]')].map((loc) =>
        loc.evaluate((el) => {
          const b = el.getBoundingClientRect();
          return [b.left, b.top, b.right, b.bottom];
        }),
      ),
    );
    expect(l[0]).toBeGreaterThanOrEqual(o[0]);
    expect(l[2]).toBeLessThanOrEqual(o[2]);
    expect(l[1]).toBeGreaterThanOrEqual(o[1]);
    expect(requests).toContain(`${SITE}data/regions/europe-outlines.json`);
    expect(errors).toEqual([]);
  });

  it("fetches no region's file in the world view", async () => {
    const { page, requests } = await open(browser, `${SITE}?overlays=nato`);
    await ready(page);
    await page.locator('[data-outline="nato"]').waitFor({ state: 'attached' });
    expect(requests.filter((u) => u.includes('/data/regions/'))).toEqual([]);
  });
});

describe('the legend in a region view', () => {
  it("counts the region's countries, and says so", async () => {
    const date = '2025-03-01';
    const { page } = await open(browser, `${SITE}?region=europe&date=${date}`);
    await drawn(page, 'europe');
    await expect.poll(() => page.locator('[data-testid="legend-scope"]').textContent()).toBe('Counts: Europe only');
    const day = parseDay(date) as number;
    const europe = atlas.jurisdictions.filter((j) => j.kind === 'country' && inRegion('europe', j.id));
    for (const level of LEVELS) {
      const expected = europe.filter((j) => engine.statusOf(j.id, day) === level).length;
      expect(await page.getAttribute(`.legend [data-level="${level}"] .count`, 'data-count'), level).toBe(String(expected));
    }
    // Back to the world: every country again, and no scope line.
    await page.selectOption('[data-testid="region-select"]', 'world');
    await page.waitForSelector('svg.map[data-region="world"]');
    expect(await page.locator('[data-testid="legend-scope"]').count()).toBe(0);
    const world = atlas.jurisdictions.filter((j) => j.kind === 'country');
    expect(await page.getAttribute('.legend [data-level="none"] .count', 'data-count')).toBe(
      String(world.filter((j) => engine.statusOf(j.id, day) === 'none').length),
    );
  });
});

describe('the slide of a region view', () => {
  it("is the region's map: its framing, Lithuania large, NATO's outline and the chosen country", async () => {
    const slide = async (query: string): Promise<{ svg: string; ltu: number }> => {
      const { page, context } = await open(browser, `${SITE}?${query}`, { acceptDownloads: true });
      await ready(page);
      await page.locator('[data-outline="nato"]').waitFor({ state: 'attached' });
      await page.click('[data-testid="downloads"] summary');
      const download = page.waitForEvent('download');
      await page.click('[data-testid="downloads"] button:has-text("Map as SVG")');
      const svg = readFileSync((await (await download).path())!, 'utf8');
      // Drawn as a file would be: Lithuania's width on the 1920 px slide.
      await page.setContent(svg);
      const ltu = await page.locator('svg path[data-id="LTU"]').evaluate((el) => el.getBoundingClientRect().width);
      await context.close();
      return { svg, ltu };
    };
    const europe = await slide('region=europe&overlays=nato&country=LTU&date=2025-03-01');
    expect(europe.svg).toMatch(/^<svg [^>]*data-region="europe"/);
    expect(europe.svg).toContain('· Counts: Europe only</text>');
    expect(europe.svg).toContain('<g data-overlay="nato"');
    expect(europe.svg).toContain('data-highlight="LTU"');
    // Context outside Europe's list (Turkey) is dimmed as on screen.
    expect(europe.svg).toMatch(/<path data-id="TUR" [^>]*opacity="0.4"/);
    const world = await slide('overlays=nato&country=LTU&date=2025-03-01');
    console.log(`Lithuania on the slide: ${europe.ltu.toFixed(0)} px in Europe, ${world.ltu.toFixed(0)} px in the world`);
    expect(world.svg).toMatch(/^<svg [^>]*data-region="world"/);
    // Europe's map is about 4:3 on a 16:9 slide, so its height sets the scale: about 58 px against 18.
    expect(europe.ltu).toBeGreaterThan(45);
    expect(europe.ltu).toBeGreaterThan(3 * world.ltu);
  });
});

/** From before the first paint, each frame: which region's map is visible (window.__seen). */
const WATCH_REGIONS = `
  window.__seen = [];
  const look = () => {
    const svg = document.querySelector('svg.map');
    if (svg && getComputedStyle(svg).visibility !== 'hidden') window.__seen.push(svg.getAttribute('data-region'));
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

describe('asking the prerendered page for another region', () => {
  it('never paints the world map first', async () => {
    const context = await browser.newContext(PHONE);
    // From before the first paint: each frame, is a map of another region visible?
    await context.addInitScript(WATCH_REGIONS);
    const page = await context.newPage();
    await page.goto(`${SITE}embed/?region=europe`);
    await drawn(page, 'europe');
    await page.waitForTimeout(200);
    const seen = (await page.evaluate('window.__seen')) as string[];
    expect(seen.length).toBeGreaterThan(0);
    expect([...new Set(seen)]).toEqual(['europe']);
    await context.close();
  });

  it('switches region from the select without recolouring, and writes it to the address bar', async () => {
    const { page } = await open(browser, `${SITE}?date=2025-03-01`);
    await ready(page);
    const before = await page.getAttribute('[data-jurisdiction="NLD"]', 'data-status');
    await page.selectOption('[data-testid="region-select"]', 'europe');
    await page.waitForSelector('svg.map[data-region="europe"]');
    expect(await page.getAttribute('[data-jurisdiction="NLD"]', 'data-status')).toBe(before);
    await page.waitForURL(/region=europe/);
    expect(await page.locator('.countries path[data-id="AUS"]').count()).toBe(0);
  });

  it('falls back to the world for an unknown region', async () => {
    const { page, errors } = await open(browser, `${SITE}embed/?region=atlantis`);
    await drawn(page, 'world');
    expect(errors).toEqual([]);
  });
});

describe("the explorer on a phone opens on the atlas's phone region", () => {
  const phone = atlas.atlas.phoneRegion as string;
  const inView = async (page: Page, sel: string): Promise<boolean> => {
    const box = await page.locator(sel).first().boundingBox();
    return !!box && box.y >= 0 && box.y + box.height <= 812 && box.height > 0;
  };

  it('at 375 × 812: the map takes at least 45% of the screen, the legend and the slider show without scrolling', async () => {
    expect(phone).toBe('europe');
    const { page, errors } = await open(browser, SITE, { viewport: { width: 375, height: 812 } });
    await drawn(page, phone);
    const map = await page.locator('svg.map').boundingBox();
    expect(map?.height).toBeGreaterThanOrEqual(0.45 * 812);
    expect(await inView(page, '.legend')).toBe(true);
    expect(await inView(page, '[data-testid="time-slider"]')).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The region control is one tap away, in the map's corner.
    expect(await page.locator('[data-testid="region-select"]:visible').isVisible()).toBe(true);
    // Its own default: nothing in the address bar, so a wider window that opens the link sees the world.
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('never paints the world first on a phone, and keeps a region the reader picked in the URL', async () => {
    // A phone, not a narrow window: until the page's viewport tag is read, it lays the page out 980 px wide.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await context.addInitScript(WATCH_REGIONS);
    const page = await context.newPage();
    await page.goto(SITE);
    await drawn(page, phone);
    await page.waitForTimeout(200);
    expect([...new Set((await page.evaluate('window.__seen')) as string[])]).toEqual([phone]);
    await page.locator('[data-testid="region-select"]:visible').selectOption('world');
    await page.waitForURL(/region=world/);
    await page.locator('[data-testid="region-select"]:visible').selectOption(phone);
    await page.waitForURL(new RegExp(`region=${phone}`));
    await context.close();
  });

  it('leaves wide windows on the world, and embeds on what the newsroom chose', async () => {
    const { page } = await open(browser, SITE, { viewport: { width: 1440, height: 900 } });
    await drawn(page, 'world');
    const embed = await open(browser, `${SITE}embed/`, { viewport: { width: 375, height: 812 } });
    await drawn(embed.page, 'world');
  });
});

describe('the spread chart', () => {
  it.each(['2016-01-01', '2018-06-01', '2025-03-01'])('counts on %s equal the engine', async (date) => {
    const { page } = await open(browser, `${SITE}?date=${date}`);
    await ready(page);
    const counts = engine.counts(parseDay(date) as number);
    const expected = STACKED.map((l) => `${l}:${counts[l]}`).join(' ');
    expect(await page.getAttribute('[data-testid="spread-chart"]', 'data-counts')).toBe(expected);
    const name = await page.getAttribute('[data-testid="spread-chart"] [role="slider"]', 'aria-label');
    expect(name).toBeTruthy();
    await expect(page.textContent('#spread-summary')).resolves.toMatch(
      /^Restricting jurisdictions rose from 0 in \d{4} to \d+ in \d{4}/,
    );
  });

  it.each(['2020-08-07', '2023-03-01'])("counts TikTok's own page on %s as its engine does", async (date) => {
    const { page } = await open(browser, `${SITE}tiktok/?date=${date}`);
    await ready(page);
    const counts = new StatusEngine(tiktok).counts(parseDay(date) as number);
    expect(await page.getAttribute('[data-testid="spread-chart"]', 'data-counts')).toBe(
      STACKED.map((l) => `${l}:${counts[l]}`).join(' '),
    );
  });

  it('moves the date when dragged, and names the action under the pointer', async () => {
    const { page } = await open(browser, `${SITE}?date=2016-01-01`);
    await ready(page);
    const plot = (await page.locator('[data-testid="spread-chart"] .plot').boundingBox())!;
    const min = await page.getAttribute('[data-testid="time-slider"]', 'min');
    const max = await page.getAttribute('[data-testid="time-slider"]', 'max');
    const dayAt = (f: number) => Number(min) + Math.round(f * (Number(max) - Number(min)));
    await page.mouse.move(plot.x + plot.width * 0.2, plot.y + plot.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height / 2, { steps: 5 });
    await page.mouse.up();
    const value = Number(await page.inputValue('[data-testid="time-slider"]'));
    expect(Math.abs(value - dayAt(0.6))).toBeLessThanOrEqual(2);
    // Australia's ban, 21 February 2025 (the text above the chart changed with the date: measure again).
    const box = (await page.locator('[data-testid="spread-chart"] .plot').boundingBox())!;
    const f = (parseDay('2025-02-21')! - Number(min)) / (Number(max) - Number(min));
    await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
    await expect
      .poll(() => page.textContent('[data-testid="spread-chart"] .name'))
      .toBe('21 Feb 2025 · Australia · Government-wide ban');
  });

  it('is hidden with controls=0', async () => {
    const { page } = await open(browser, `${SITE}embed/?controls=0`);
    await ready(page);
    expect(await page.locator('[data-testid="spread-chart"]').count()).toBe(0);
  });
});
