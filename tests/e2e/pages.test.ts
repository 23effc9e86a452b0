/** Each atlas's own prerendered pages (src/lib/url/pages.ts): tiktok/ and tiktok/embed/. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const tiktok = new Expected('tiktok');

describe("TikTok's pages", () => {
  it('show the TikTok map and title without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${SITE}tiktok/embed/`);
    await expect(page.textContent('h1')).resolves.toBe(tiktok.atlas.atlas.title);
    const map = page.locator('svg.map');
    expect(await map.isVisible()).toBe(true);
    expect((await map.boundingBox())?.height).toBeGreaterThan(200);
    // Every jurisdiction on the map has TikTok's status on the build's day, and the restricted ones are painted.
    const { today } = JSON.parse((await page.getAttribute('#app', 'data-initial')) as string) as { today: number };
    const shapes = await page.$$eval('.countries path[data-id]', (paths) =>
      paths.map((p) => [p.getAttribute('data-id'), p.getAttribute('data-status'), getComputedStyle(p).fill] as const),
    );
    const restricted = shapes.filter(([, s]) => s !== 'none');
    expect(restricted.length).toBeGreaterThan(5);
    for (const [id, status] of shapes) expect(status, id ?? '').toBe(tiktok.engine.statusOf(id as string, today));
    const none = shapes.find(([, s]) => s === 'none')?.[2];
    for (const [id, , fill] of restricted) expect(fill, id ?? '').not.toBe(none);
    await expect(page.getAttribute('a[href$="preview.png"]', 'href')).resolves.toBe('../../tiktok/preview.png');
    await context.close();
  });

  it('hydrate the prerendered embed: a node marked before any script runs is the same node after', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/embed-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${SITE}tiktok/embed/`, { waitUntil: 'commit' });
    const path = '.countries path[data-status="nationwide"]';
    await page.waitForSelector(path, { state: 'attached' });
    await page.evaluate((sel) => ((document.querySelector(sel) as unknown as { mark: string }).mark = 'prerendered'), path);
    release();
    await ready(page);
    expect(await page.evaluate((sel) => (document.querySelector(sel) as unknown as { mark?: string }).mark, path)).toBe(
      'prerendered',
    );
    await expect(page.textContent('h1')).resolves.toBe(tiktok.atlas.atlas.title);
    await context.close();
  });

  it('boot the explorer into TikTok without a query, and keep its URLs free of atlas=', async () => {
    const latest = tiktok.lastSingleChange();
    const { page, errors, violations } = await open(browser, `${SITE}tiktok/`);
    await ready(page);
    expect(await page.getAttribute('[data-atlas="tiktok"]', 'aria-current')).toBe('page');
    await page.goto(`${SITE}tiktok/?date=${latest.iso}`);
    await ready(page);
    expect(await page.getAttribute(`.countries path[data-id="${latest.jurisdiction}"]`, 'data-status')).toBe(latest.to);
    // The embed dialog offers TikTok's own embed page.
    await page.click('button:has-text("Embed")');
    const code = await page.inputValue('#embed-code');
    expect(code).toContain(`src="${SITE}tiktok/embed/?date=${latest.iso}"`);
    expect(code).not.toMatch(/[?&]atlas=/);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('are also reached from the root page with ?atlas=tiktok, whose embed snippet points at them', async () => {
    const { page } = await open(browser, `${SITE}?atlas=tiktok`);
    await ready(page);
    await expect(page.textContent('h1')).resolves.toBe(tiktok.atlas.atlas.title);
    expect(new URL(page.url()).searchParams.get('atlas')).toBe('tiktok');
    await page.click('button:has-text("Embed")');
    expect(await page.inputValue('#embed-code')).toContain(`src="${SITE}tiktok/embed/"`);
  });
});
