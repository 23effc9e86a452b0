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

  it('draws the chosen alliance outlines on the date, following it, and the Warning and Reviewed textures', async () => {
    const ex = new Expected();
    const count = (id: string, iso: string): number => ex.alliance(id, iso).members.length;
    // Finland joined NATO on 2023-04-04: one step of the slider changes the outline.
    const { page, violations } = await open(browser, `${SITE}?date=2023-04-03&overlays=five-eyes,nato`);
    await ready(page);
    await page.click('button:has-text("Zoom")');
    await page.waitForSelector('[data-testid="map-gl"][data-loaded="true"]', { timeout: 30_000 });
    const gl = (name: string) => page.getAttribute('[data-testid="map-gl"]', name);
    await expect
      .poll(() => gl('data-overlays'), { timeout: 30_000 })
      .toBe(`five-eyes:${count('five-eyes', '2023-04-03')} nato:${count('nato', '2023-04-03')}`);
    expect(await gl('data-patterns')).toBe('advisory cleared');
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('ArrowRight');
    expect(count('nato', '2023-04-04')).toBe(count('nato', '2023-04-03') + 1);
    await expect
      .poll(() => gl('data-overlays'), { timeout: 30_000 })
      .toBe(`five-eyes:${count('five-eyes', '2023-04-04')} nato:${count('nato', '2023-04-04')}`);
    // Turning an overlay off takes its outline away.
    await page.click('[data-alliance="nato"] .toggle');
    await expect.poll(() => gl('data-overlays'), { timeout: 30_000 }).toBe(`five-eyes:${count('five-eyes', '2023-04-04')}`);
    expect(await violations()).toEqual([]);
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
