/** Failures, offline use, privacy and the strict CSP: a clear answer, never a blank box. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';
import { isoFromDay, todayDay } from '../../src/lib/data/dates.ts';

const ex = new Expected();
const change = ex.lastSingleChange();
const today = isoFromDay(todayDay());

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('failures', () => {
  it('keeps the prerendered map and offers a retry when the data cannot load', async () => {
    const context = await browser.newContext();
    let fail = true;
    await context.route('**/data/kaspersky/events.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    const page = await context.newPage();
    await page.goto(`${SITE}?date=${change.iso}`);
    const alert = page.locator('.load-error[role="alert"]');
    await expect(alert.textContent()).resolves.toContain('could not be loaded');
    // The map is still on screen, drawn at build time.
    expect(await page.locator(`.countries path[data-status="${change.to}"]`).count()).toBeGreaterThan(0);
    fail = false;
    await page.click('.load-error button');
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    expect(await page.getAttribute(`.countries path[data-id="${change.jurisdiction}"]`, 'data-status')).toBe(change.to);
    expect(await alert.count()).toBe(0);
    await context.close();
  });

  it('shows a short message and a link to the explorer when the embed meets bad data', async () => {
    const context = await browser.newContext();
    await context.route('**/data/kaspersky/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1}' }),
    );
    const page = await context.newPage();
    await page.goto(`${SITE}embed/?date=${change.iso}`);
    const alert = page.locator('.load-error[role="alert"]');
    await expect(alert.textContent()).resolves.toContain('Something went wrong');
    expect(await alert.locator('a').getAttribute('href')).toBe(`${SITE}?date=${change.iso}`);
    await context.close();
  });

  it('keeps working offline after the first load: dates, countries and overlays', async () => {
    const { page, context } = await open(browser, `${SITE}?date=2020-01-01`);
    await ready(page);
    await page.waitForTimeout(2000); // the idle prefetch of the outlines
    await context.setOffline(true);
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('End');
    await page.click('[data-alliance="five-eyes"] .toggle');
    expect(await page.locator('[data-outline="five-eyes"]').count()).toBe(1);
    await page.selectOption('#country-picker', change.jurisdiction);
    expect(await page.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe(ex.status(change.jurisdiction, today));
    await page.click('button:has-text("Table")');
    expect(await page.getAttribute(`tr[data-jurisdiction="${change.jurisdiction}"]`, 'data-status')).toBe(
      ex.status(change.jurisdiction, today),
    );
  });
});

describe('privacy', () => {
  it('makes requests only to our own origin, sets no cookies and writes no storage, through a whole session', async () => {
    const { page, context, requests, errors, violations } = await open(browser, SITE);
    await ready(page);
    await page.click('[data-alliance="nato"] .toggle');
    await page.selectOption('#country-picker', 'ITA');
    await page.click('button.play');
    await page.waitForTimeout(400);
    await page.click('button.play');
    await page.click('button:has-text("Table")');
    await page.click('button:has-text("Embed")');
    await page.waitForTimeout(1500);
    expect(requests.filter((u) => !u.startsWith(SITE) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    for (const frame of page.frames()) {
      expect(await frame.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    }
    const dbs = await page.evaluate(async () => (await indexedDB.databases()).length);
    expect(dbs).toBe(0);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});

describe('the strict Content-Security-Policy', () => {
  it('is sent by the server for every page', async () => {
    for (const path of ['', 'embed/', 'methodology/']) {
      const csp = (await fetch(`${SITE}${path}`)).headers.get('content-security-policy');
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("style-src 'self'");
    }
  });

  it('is never violated: explorer, embed, methodology, dialogs, downloads, the WebGL map', async () => {
    for (const path of ['', 'embed/?overlays=eu&country=DEU', 'methodology/']) {
      const { page, violations, errors } = await open(browser, `${SITE}${path}`);
      if (!path.startsWith('methodology')) await ready(page);
      if (path === '') {
        await page.hover('.countries path[data-id="USA"]', { force: true });
        await page.click('button:has-text("Embed")');
        await page.waitForTimeout(1500);
        await page.keyboard.press('Escape');
        await page.click('summary:has-text("Download")');
        const download = page.waitForEvent('download');
        await page.click('button:has-text("Map as PNG")');
        expect((await download).suggestedFilename()).toMatch(/^kaspersky-\d{4}-\d{2}-\d{2}\.png$/);
        await page.click('button:has-text("Zoom")');
        await page.waitForSelector('[data-testid="map-gl"][data-loaded="true"]', { timeout: 30_000 });
      }
      expect(await violations(), path).toEqual([]);
      expect(errors, path).toEqual([]);
    }
  });
});
