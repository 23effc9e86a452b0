/** The WebGL map is optional: loaded on demand, never without WebGL, and replaced by the SVG map when it fails. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';

const change = new Expected().lastSingleChange();

const isMapLibre = (u: string) => /maplibre|Map\.gl/i.test(u);

describe('without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('never loads MapLibre, says why, and the SVG map still answers clicks', async () => {
    const { page, requests, errors } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    await page.click('button:has-text("Globe")');
    await expect(page.textContent('.notice')).resolves.toContain('need WebGL');
    await page.locator('.countries path[data-id="CAN"]').click({ force: true });
    expect(await page.getAttribute('[data-testid="country-panel"]', 'data-jurisdiction')).toBe('CAN');
    await page.waitForTimeout(500);
    expect(requests.filter(isMapLibre)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('with WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads MapLibre only when zoom is asked for, from our own origin, and colours it by status', async () => {
    const { page, requests, violations } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    expect(requests.filter(isMapLibre)).toEqual([]);
    await page.click('button:has-text("Zoom")');
    await page.waitForSelector('[data-testid="map-gl"][data-loaded="true"]', { timeout: 30_000 });
    expect(requests.filter(isMapLibre).length).toBeGreaterThan(0);
    // Every jurisdiction with a status on the map has it as feature state in MapLibre.
    const withStatus = await page.locator('.countries path:not([data-status="none"])').count();
    expect(Number(await page.getAttribute('[data-testid="map-gl"]', 'data-coloured'))).toBe(withStatus);
    expect(requests.filter((u) => !u.startsWith(SITE) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(await violations()).toEqual([]);
    // Back to the flat map: the SVG is still there, unchanged.
    await page.click('button:has-text("Flat")');
    expect(await page.getAttribute(`.countries path[data-id="${change.jurisdiction}"]`, 'data-status')).toBe(change.to);
  });

  it('hands back to the SVG map when the WebGL context is lost and not restored', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    await page.click('button:has-text("Globe")');
    await page.waitForSelector('[data-testid="map-gl"][data-loaded="true"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="map-gl"] canvas') as HTMLCanvasElement;
      (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')?.loseContext();
    });
    await page.waitForSelector('[data-testid="map-gl"]', { state: 'detached', timeout: 10_000 });
    await expect(page.textContent('.notice')).resolves.toContain('flat map took over');
    expect(await page.isVisible('[data-testid="map-svg"]')).toBe(true);
  });
});
