/** axe-core (WCAG 2.2 A and AA rules) in every state a reader can reach, in both themes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** A region's map is on screen, with the outlines asked for. */
async function drawn(page: Page, region: string): Promise<void> {
  await page.waitForSelector(`svg.map[data-region="${region}"]`);
  if (page.url().includes('overlays=')) await page.waitForSelector('g.outlines [data-outline]', { state: 'attached' });
}

const STATES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['default', ''],
  ['a country open', '?date=2025-03-01&country=AUS'],
  ['overlays on', '?overlays=five-eyes,nato,eu,g7'],
  ['table view', '?view=table&date=2022-06-01'],
  ['legend entry highlighted', '', (p) => p.focus('.legend button[data-level="partial"]')],
  ['alliance members listed', '', (p) => p.click('[data-alliance="nato"] .summary')],
  ['embed dialog open', '', (p) => p.click('button:has-text("Embed")')],
  ['downloads open', '', (p) => p.click('summary:has-text("Download")')],
  [
    'time-lapse dialog encoding',
    '',
    async (p) => {
      await p.click('summary:has-text("Download")');
      await p.click('[data-testid="export-video"]');
      await p.check('input[name="video-pace"][value="slow"]');
      await p.click('[data-testid="video-create"]');
      await p.waitForSelector('progress');
    },
  ],
  ['Europe', '?region=europe&date=2025-03-01'],
  ['Europe with overlays', '?region=europe&overlays=nato,eu&date=2025-03-01', (p) => drawn(p, 'europe')],
  ['Asia in the TikTok atlas', '?atlas=tiktok&region=asia', (p) => drawn(p, 'asia')],
  ['Africa in the TikTok embed', 'embed/?atlas=tiktok&region=africa', (p) => drawn(p, 'africa')],
  ['spread chart focused', '', (p) => p.focus('[data-testid="spread-chart"] [role="slider"]')],
  ['embed', 'embed/?date=2025-03-01&overlays=five-eyes'],
  ['embed in Europe', 'embed/?region=europe'],
  ['embed with a country', 'embed/?country=USA'],
  ['every action', '?view=actions&country=ITA'],
  ['the TikTok atlas', '?atlas=tiktok&view=table'],
  ['story mode', '?story=1&step=2'],
  ['story mode in the embed', 'embed/?story=1&step=7'],
  ['methodology', 'methodology/'],
  // In German: longer words, the language menu, and data text marked lang="en" inside German.
  ['German, a country open', '?lang=de&date=2025-03-01&country=AUS'],
  ['German table', 'de/?view=table&date=2022-06-01'],
  ['German embed', 'de/embed/?country=USA&overlays=nato'],
  ['German language menu open', '?lang=de', (p) => p.click('[data-testid="language-menu"] summary')],
  ['German methodology', 'de/methodology/'],
  ['Ukrainian, a country open', 'uk/?date=2025-03-01&country=AUS'],
  ['Ukrainian embed', 'uk/embed/?country=USA&overlays=nato'],
  ['Ukrainian table', '?lang=uk&view=table'],
];

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(STATES)('%s: no axe violations', async (_name, path, act) => {
    const { page } = await open(browser, `${SITE}${path}`, { colorScheme });
    if (!path.includes('methodology')) await ready(page);
    if (act) await act(page);
    await page.waitForTimeout(350);
    expect(await axe(page)).toEqual([]);
  });
});

describe('skip link and headings', () => {
  it('the first tab stop skips to the map, and each region of the page has a heading', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Skip to the map', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view-title');
    // From there the slider is a few stops away, not the eighteen of the toolbar and header.
    let stops = 0;
    while (stops < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'time-slider'))) {
      await page.keyboard.press('Tab');
      stops += 1;
    }
    // The six legend entries, the spread chart, play, previous and next: then the slider.
    expect(stops).toBeLessThanOrEqual(10);
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2')].map((h) => `${h.tagName} ${h.textContent?.trim()}`),
    );
    expect(headings).toEqual(
      expect.arrayContaining([
        'H1 ' + (await page.textContent('h1'))?.trim(),
        'H2 Map',
        'H2 Date',
        'H2 Country details',
        'H2 Alliances',
      ]),
    );
    await page.click('button:has-text("Table")');
    expect(await page.locator('h2:has-text("Table of actions")').count()).toBe(1);
  });
});
