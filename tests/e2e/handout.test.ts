/**
 * The printable handout, printed to PDF by Chromium as a reader's "Print handout" does (the
 * print dialog itself is replaced by a stub), and read back with pdf.js: the title, the date,
 * every action of the atlas in date order, each with a source's address, and no controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';
import { formatDay, todayDay } from '../../src/lib/data/dates.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Replaces the print dialog with a flag, so the test can print to PDF itself. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
}

async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const data = new Uint8Array(await page.pdf({ format }));
  const doc = await getDocument({ data, useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

/** Whitespace-free: a line break inside a summary or an address must not hide it. */
const squash = (s: string): string => s.replace(/\s+/g, '');

describe.each(['kaspersky', 'tiktok'])('the printed handout of %s', (id) => {
  const ex = new Expected(id);

  it('has the title, the date, every action in date order with a source address, and no controls', async () => {
    const { page, errors, violations } = await open(browser, `${SITE}?atlas=${id}`);
    await ready(page);
    await stubPrint(page);
    await page.click('[data-testid="downloads"] summary');
    await page.click('[data-testid="print-handout"]');
    await page.waitForSelector('html[data-printed="true"]', { state: 'attached' });
    const pages = await pdfPages(page, 'A4');
    const text = pages.join(' ');
    const flat = squash(text);
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain(ex.atlas.atlas.title);
    expect(text).toContain(`Status on ${formatDay(todayDay())}`);
    // The engine's order is the date order; each action's summary comes after the previous one's,
    // and one of its sources' addresses sits between it and the next.
    let at = -1;
    const positions = ex.engine.actions.map((a) => {
      const i = flat.indexOf(squash(a.summary), at + 1);
      expect(i, `${a.id} after the previous action`).toBeGreaterThan(at);
      at = i;
      return i;
    });
    ex.engine.actions.forEach((a, k) => {
      const end = positions[k + 1] ?? flat.length;
      const urls = a.sources.map((s) => flat.indexOf(squash(s.url), positions[k]));
      expect(
        urls.some((u) => u > positions[k] && u < end),
        `${a.id}: a source address printed with it`,
      ).toBe(true);
    });
    for (const label of ['Play', 'Embed', 'Download', 'Go to this date', 'Time-lapse'])
      expect(text).not.toMatch(new RegExp(`\\b${label}\\b`));
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});

describe('printing the explorer', () => {
  it('Ctrl+P prints the handout too, on Letter as on A4', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    await stubPrint(page);
    await page.keyboard.press('Control+P');
    await page.waitForSelector('html[data-printed="true"]', { state: 'attached' });
    const pages = await pdfPages(page, 'Letter');
    expect(pages.join(' ')).toContain('Every action, in order');
    await page.context().close();
  });

  it("without the handout (the browser's Print menu), prints the map and no controls", async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    const text = (await pdfPages(page, 'A4')).join(' ');
    expect(text).toContain('Who bans');
    // "Download the data: CSV, JSON" is a sentence of the footer, not the Download menu.
    for (const label of ['Play', 'Embed', 'Download(?! the data)', 'Find a country'])
      expect(text).not.toMatch(new RegExp(`\\b${label}\\b`));
    await page.context().close();
  });
});
