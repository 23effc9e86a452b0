import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { HOST, launch, open, SITE } from './browser.ts';
import { Expected } from './expected.ts';
import { formatDay } from '../../src/lib/data/dates.ts';

const ex = new Expected();
const change = ex.lastSingleChange();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const EMBED = `${SITE}embed/?date=${change.iso}`;

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${SITE}embed/`));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

/** |iframe box height - the embed's own content height| */
async function gap(page: Page): Promise<number> {
  const frame = embedFrame(page);
  const content = await frame.evaluate(() => document.body.offsetHeight);
  const box = await (await frame.frameElement()).evaluate((f) => (f as HTMLElement).getBoundingClientRect().height);
  return Math.abs(box - content);
}

async function expectSized(page: Page): Promise<void> {
  await expect.poll(() => gap(page), { timeout: 15_000 }).toBeLessThanOrEqual(2);
}

async function heightOverFiveSeconds(page: Page): Promise<number[]> {
  const heights: number[] = [];
  for (let i = 0; i < 11; i++) {
    heights.push(
      await (
        await embedFrame(page).frameElement()
      ).evaluate((f) => Math.round((f as HTMLElement).getBoundingClientRect().height)),
    );
    await page.waitForTimeout(500);
  }
  return heights;
}

async function checkHost(page: Page): Promise<void> {
  await embedFrame(page).waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expectSized(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectSized(page);
  const heights = await heightOverFiveSeconds(page);
  expect(new Set(heights).size, `height changed: ${heights.join(', ')}`).toBe(1);
  await expectSized(page);
}

describe('the embed in host pages', () => {
  it.each([
    ['pym.js (the real package)', 'pym.html'],
    ['a Datawrapper-style listener', 'datawrapper.html'],
    ['a Canvas LMS-style listener', 'canvas.html'],
  ])('sizes itself in %s, from 1280 to 375 px, and stays put', async (_name, host) => {
    const { page, requests, context, violations } = await open(browser, `${HOST}${host}?src=${encodeURIComponent(EMBED)}`);
    await checkHost(page);
    // Nothing but the host page and our own origin is ever asked for anything.
    expect(requests.filter((u) => !u.startsWith(HOST) && !u.startsWith(SITE))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await embedFrame(page).evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await violations()).toEqual([]);
  });

  it('sizes itself in a WordPress-style sandboxed frame and shows a working map', async () => {
    const { page, requests, errors } = await open(browser, `${HOST}wordpress.html?src=${encodeURIComponent(EMBED)}`);
    await checkHost(page);
    const frame = embedFrame(page);
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    expect(await frame.getAttribute(`.countries path[data-id="${change.jurisdiction}"]`, 'data-status')).toBe(change.to);
    // No popups in this sandbox: the credit link shows its address.
    await expect(frame.locator('.credit .url').textContent()).resolves.toContain(`${SITE}?date=${change.iso}`);
    expect(requests.filter((u) => !u.startsWith(HOST) && !u.startsWith(SITE))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('posts AMP embed-size and Canvas messages carrying only a number', async () => {
    const { page } = await open(browser, `${HOST}canvas.html?src=${encodeURIComponent(EMBED)}`);
    await embedFrame(page).waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expectSized(page);
    const messages = (await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)) as Record<
      string,
      unknown
    >[];
    const amp = messages.find((m) => m && m.sentinel === 'amp');
    expect(amp).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
    expect(typeof amp?.height).toBe('number');
    expect(messages.find((m) => m && m.subject === 'lti.frameResize')).toBeTruthy();
  });

  it('hides the title and the slider when asked, and opens on a country', async () => {
    const id = change.jurisdiction;
    const { page } = await open(browser, `${SITE}embed/?title=0&controls=0&country=${id}&date=${change.iso}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(await page.locator('h1').count()).toBe(0);
    expect(await page.locator('[data-testid="time-slider"]').count()).toBe(0);
    // With no slider, the date shown is stated, so a fixed map is not taken for today's.
    await expect(page.locator('[data-testid="shown-date"]').innerText()).resolves.toBe(
      `Status on ${formatDay(ex.day(change.iso))}`,
    );
    expect(await page.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe(change.to);
    const credit = page.locator('.credit a');
    expect(await credit.getAttribute('href')).toBe(`../?date=${change.iso}&country=${id}&title=0&controls=0`);
    // One action, not the whole history: the host's frame stays about the map's size.
    expect(await page.locator('[data-testid="country-panel"] [data-action]').count()).toBe(1);
    expect(await page.getAttribute('[data-testid="full-history"]', 'href')).toBe(
      `../?date=${change.iso}&country=${id}&title=0&controls=0`,
    );
    // The whole history grew the frame by about 1,500 px; one action with its sources stays well under half that.
    expect((await page.locator('[data-testid="country-panel"]').boundingBox())!.height).toBeLessThan(750);
  });
});

describe('the embed on its own', () => {
  it('asks for its code only once the whole page has painted, in English and in German', async () => {
    // region.js waits for a paint after the page is parsed; a frame that gets none starts after its longest wait.
    const script = await (await fetch(`${SITE}region.js`)).text();
    const wait = Math.max(...[...script.matchAll(/setTimeout\(start, (\d+)\)/g)].map((m) => Number(m[1])));
    expect(wait).toBeGreaterThan(0);
    for (const path of ['embed/', 'de/embed/']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      // The first frame after parsing: this listener is added before region.js's own.
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () =>
          requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now())),
        );
      });
      const page = await context.newPage();
      await page.goto(`${SITE}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const times = await page.evaluate(() => ({
        parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        frame: (window as unknown as { firstFrame?: number }).firstFrame ?? Infinity,
        requests: performance
          .getEntriesByType('resource')
          .filter((r) => /\/assets\/.*\.js$|\/data\//.test(r.name))
          .map((r) => ({ name: r.name, start: r.startTime })),
      }));
      // The bundle, its chunks and the data: none before the page was parsed and had a frame to paint in.
      expect(times.requests.length, path).toBeGreaterThanOrEqual(path === 'embed/' ? 3 : 6);
      for (const r of times.requests) {
        expect(r.start, `${path}: ${r.name}`).toBeGreaterThan(times.parsed);
        if (r.start < times.frame) expect(r.start - times.parsed, `${path}: ${r.name}`).toBeGreaterThanOrEqual(wait);
      }
      await context.close();
    }
  });
  it('asks for its code at once when fixed on another date than the prerendered day, and ends on that date', async () => {
    const { page } = await open(browser, `${SITE}embed/?date=${change.before}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const seen = await page.evaluate(() => ({
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      bundle: performance.getEntriesByType('resource').find((r) => /\/assets\/boot-.*\.js$/.test(r.name))?.startTime ?? NaN,
    }));
    // The prerendered day shows only until the code runs: nothing is gained by painting it in full first.
    expect(seen.bundle).toBeLessThan(seen.parsed);
    const built = /data-page-day="([\d-]+)"/.exec(await (await fetch(`${SITE}embed/`)).text())?.[1] ?? '';
    expect(ex.status(change.jurisdiction, built)).not.toBe(ex.status(change.jurisdiction, change.before));
    expect(await page.getAttribute(`.countries path[data-id="${change.jurisdiction}"]`, 'data-status')).toBe(
      ex.status(change.jurisdiction, change.before),
    );
    await page.context().close();
  });
});

describe('snippets from the "Embed this" dialog', () => {
  async function snippetFor(kind: string): Promise<string> {
    const { page } = await open(browser, `${SITE}?date=${change.iso}&overlays=five-eyes`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.click('button:has-text("Embed")');
    await page.check(`input[name="kind"][value="${kind}"]`);
    const code = await page.inputValue('#embed-code');
    await page.context().close();
    return code;
  }

  it.each(['responsive', 'pym'])('the %s snippet gives a sized, working map on a plain page', async (kind) => {
    const code = await snippetFor(kind);
    expect(code).toContain(`${SITE}embed/?date=${change.iso}&amp;overlays=five-eyes`);
    const { page } = await open(browser, `${HOST}snippet.html?snippet=${encodeURIComponent(code)}`);
    await checkHost(page);
    expect(await embedFrame(page).locator('[data-outline="five-eyes"]').count()).toBe(1);
    await expect(embedFrame(page).locator('[data-alliance="five-eyes"]').textContent()).resolves.toBe(
      ex.alliance('five-eyes', change.iso).text,
    );
  });

  it('the AMP snippet is a resizable amp-iframe that sizes itself through embed-size', async () => {
    const code = await snippetFor('amp');
    expect(code).toMatch(/^<amp-iframe [^>]*resizable/);
    expect(code).toContain('<div overflow tabindex="0" role="button" aria-label="Show more">');
    const { page, violations } = await open(browser, `${HOST}amp.html?snippet=${encodeURIComponent(code)}`);
    await checkHost(page);
    expect(await page.evaluate(() => (window as unknown as { __resized: number }).__resized)).toBeGreaterThan(0);
    expect(await embedFrame(page).locator('[data-outline="five-eyes"]').count()).toBe(1);
    expect(await violations()).toEqual([]);
  });

  it('the WordPress address resolves through oEmbed to the embed of the same view, which sizes itself', async () => {
    const pageUrl = await snippetFor('wordpress');
    expect(pageUrl).toBe(`${SITE}?date=${change.iso}&overlays=five-eyes`);
    // What WordPress does: fetch the page, find the oEmbed link early in it, ask it about the URL.
    const html = await (await fetch(pageUrl)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    expect(link && html.indexOf(link[0])).toBeLessThan(150 * 1024);
    const endpoint = new URL((link as RegExpExecArray)[1].replace(/&amp;/g, '&'));
    endpoint.searchParams.set('url', pageUrl);
    endpoint.searchParams.set('format', 'json');
    const o = (await (await fetch(endpoint)).json()) as { type: string; version: string; html: string };
    expect(o).toMatchObject({ type: 'rich', version: '1.0' });
    const src = /<iframe src="([^"]+)"/.exec(o.html)?.[1].replace(/&amp;/g, '&');
    expect(src).toBe(`${SITE}embed/?date=${change.iso}&overlays=five-eyes`);
    const { page } = await open(browser, `${HOST}wordpress.html?src=${encodeURIComponent(src as string)}`);
    await checkHost(page);
    expect(await embedFrame(page).locator('[data-outline="five-eyes"]').count()).toBe(1);
  });

  it('follows the dialog choices: today or the shown date, title, slider and theme', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.click('button:has-text("Embed")');
    const src = async (): Promise<string> => new URL((await page.getAttribute('dialog iframe', 'src')) as string).search;
    expect(await src()).toBe(`?date=${change.iso}`);
    await page.check('input[name="embed-date"] >> nth=1');
    await page.uncheck('input[name="embed-title"]');
    await page.uncheck('input[name="embed-controls"]');
    await page.selectOption('select[name="embed-theme"]', 'dark');
    expect(await src()).toBe('?theme=dark&title=0&controls=0');
    expect(await page.inputValue('#embed-code')).toContain(`${SITE}embed/?theme=dark&amp;title=0&amp;controls=0`);
    // The preview shows what the code will: no title, no slider.
    const preview = page.frameLocator('dialog iframe');
    await expect.poll(() => preview.locator('[data-testid="map-svg"]').count(), { timeout: 15_000 }).toBe(1);
    // Polled: the frame may still hold the page it showed before the last choice.
    await expect.poll(() => preview.locator('h1').count(), { timeout: 15_000 }).toBe(0);
    expect(await preview.locator('[data-testid="time-slider"]').count()).toBe(0);
  });

  it("offers the region: a desk picks Europe from the world view, and the pasted snippet shows Europe's map", async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}&overlays=nato`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.click('button:has-text("Embed")');
    // The dialog starts from the view's region.
    expect(await page.inputValue('select[name="embed-region"]')).toBe('world');
    await page.selectOption('select[name="embed-region"]', 'europe');
    const code = await page.inputValue('#embed-code');
    expect(code).toContain(`${SITE}embed/?date=${change.iso}&amp;overlays=nato&amp;region=europe`);
    await page.context().close();
    const host = await open(browser, `${HOST}snippet.html?snippet=${encodeURIComponent(code)}`);
    await checkHost(host.page);
    const frame = embedFrame(host.page);
    await frame.waitForSelector('svg.map[data-region="europe"] [data-outline="nato"]', { state: 'attached' });
    expect(await frame.locator('[data-testid="legend-scope"]').textContent()).toBe('Counts: Europe only');
    expect(await frame.inputValue('[data-testid="region-select"]')).toBe('europe');
    expect(host.errors).toEqual([]);
  });

  it('the fixed-height snippet has no script and fits without horizontal scrolling', async () => {
    const code = await snippetFor('fixed');
    expect(code).not.toContain('<script');
    const { page } = await open(browser, `${HOST}snippet.html?snippet=${encodeURIComponent(code)}`, {
      viewport: { width: 320, height: 700 },
    });
    await embedFrame(page).waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(await embedFrame(page).evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
