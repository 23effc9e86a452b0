import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';
import { readFileSync } from 'node:fs';
import { formatDay, isoFromDay as isoDay } from '../../src/lib/data/dates.ts';

const ex = new Expected();
/** The latest day on which one country alone started to restrict: the story's freshest change. */
const change = ex.lastSingleChange();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const status = (page: Page, id: string) => page.getAttribute(`.countries path[data-id="${id}"]`, 'data-status');

describe('the explorer', () => {
  it('colours each country by the status the data gives it, before and on the day it changed', async () => {
    const first = ex.changes()[0];
    const grey = ex.untouched();
    for (const [iso, id] of [
      [change.before, change.jurisdiction],
      [change.iso, change.jurisdiction],
      [isoDay(first.day - 1), first.jurisdiction],
      [isoDay(first.day), first.jurisdiction],
    ]) {
      const { page, errors, violations } = await open(browser, `${SITE}?date=${iso}`);
      await ready(page);
      expect(await status(page, id), `${id} on ${iso}`).toBe(ex.status(id, iso));
      expect(await status(page, grey)).toBe('none');
      await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe(formatDay(ex.day(iso)));
      expect(errors).toEqual([]);
      expect(await violations()).toEqual([]);
    }
  });

  it('sums up the Five Eyes on the day of the latest change', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    const expected = ex.alliance('five-eyes', change.iso);
    const fiveEyes = page.locator('[data-alliance="five-eyes"]');
    expect(await fiveEyes.getAttribute('data-restricting')).toBe(String(expected.restricting.length));
    expect(await fiveEyes.getAttribute('data-members')).toBe(String(expected.members.length));
    await expect(fiveEyes.textContent()).resolves.toContain(expected.text);
  });

  it('draws Finland inside the NATO outline on 2023-04-04 and not on 2023-04-03', async () => {
    for (const [date, inside] of [
      ['2023-04-04', true],
      ['2023-04-03', false],
    ] as const) {
      const { page } = await open(browser, `${SITE}?date=${date}&overlays=nato`);
      await ready(page);
      const members = await page.locator('[data-outline="nato"]').getAttribute('data-members');
      expect(members?.split(' ').includes('FIN'), date).toBe(inside);
    }
  });

  it('hydrates the prerendered map: a node marked before any script runs is the same node after', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the entry script so the test can touch the server's markup before the app starts.
    await page.route(/\/assets\/explorer-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SITE, { waitUntil: 'commit' });
    const path = `.countries path[data-id="${change.jurisdiction}"]`;
    await page.waitForSelector(path, { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
    await page.evaluate((sel) => {
      (document.querySelector(sel) as unknown as { mark: string }).mark = 'prerendered';
    }, path);
    release();
    await ready(page);
    expect(await page.evaluate((sel) => (document.querySelector(sel) as unknown as { mark?: string }).mark, path)).toBe(
      'prerendered',
    );
    await context.close();
  });

  it('opens a country with a click and lists its sourced actions', async () => {
    const id = change.jurisdiction;
    const { page } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    await page.locator(`.countries path[data-id="${id}"]`).click({ force: true });
    const panel = page.locator('[data-testid="country-panel"]');
    await expect(panel.getAttribute('data-jurisdiction')).resolves.toBe(id);
    expect(await page.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe(change.to);
    expect(await panel.locator('[data-action]').count()).toBe(ex.engine.actionsOf(id).length);
    const links = panel.locator('.sources a');
    const sources = ex.engine.actionsOf(id).reduce((n, a) => n + a.sources.length, 0);
    expect(await links.count()).toBe(sources);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    // The address bar follows once the view settles.
    await page.waitForURL(new RegExp(`country=${id}`));
  });

  it('says in the live region what changed when the date moves', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.before}`);
    await ready(page);
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('ArrowRight');
    await expect(page.textContent('[data-testid="live-region"]')).resolves.toBe(
      `${ex.name(change.jurisdiction)}: ${ex.label(change.to)}`,
    );
    expect(await page.getAttribute('[data-testid="time-slider"]', 'aria-valuetext')).toBe(ex.valueText(change.iso));
    await page.waitForURL(new RegExp(`date=${change.iso}`));
    // Back again: the change is undone, and said.
    await page.keyboard.press('ArrowLeft');
    // Announcements are throttled to one per 1.2 s, so this one may come a moment later.
    await expect
      .poll(() => page.textContent('[data-testid="live-region"]'), { timeout: 4000 })
      .toBe(`${ex.name(change.jurisdiction)}: ${ex.label(ex.status(change.jurisdiction, change.before))}`);
  });

  it('can be used with the keyboard alone: slider, a country, closing it', async () => {
    const { page } = await open(browser, `${SITE}?date=2020-01-01`);
    await ready(page);
    const slider = page.locator('[data-testid="time-slider"]');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await slider.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    expect(await page.textContent('[data-testid="current-date"]')).not.toBe('1 January 2020');
    await page.keyboard.press('Home');
    await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe(ex.startText());
    await page.keyboard.press('PageUp');
    await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe(formatDay(ex.day(ex.atlas.atlas.start) + 30));
    // The country finder is the keyboard route to countries: type, Enter, and focus is in the panel.
    await page.focus('#country-picker');
    await page.keyboard.type(ex.name(change.jurisdiction));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await expect(page.locator('[data-testid="country-panel"]').getAttribute('data-jurisdiction')).resolves.toBe(
      change.jurisdiction,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close details');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="country-panel"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-picker');
  });

  it('finds a country by any part of its name, without accents, in an ARIA combobox', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    const input = page.locator('#country-picker');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(
      await page.evaluate(() => (document.getElementById('country-picker') as HTMLInputElement).labels?.[0]?.textContent),
    ).toBe('Find a country');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.focus();
    await page.keyboard.type('Turkiye');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listId = (await input.getAttribute('aria-controls')) as string;
    expect(await page.locator(`#${listId} [role="option"]`).allTextContents()).toEqual(['Türkiye']);
    expect(await input.getAttribute('aria-activedescendant')).toBe('country-option-TUR');
    // Prefix matches before infix ones: "Cote" finds Côte d'Ivoire first; arrows move the highlight.
    await input.fill('cote');
    expect((await page.locator(`#${listId} [role="option"]`).allTextContents())[0]).toBe("Côte d'Ivoire");
    await input.fill('ia');
    const first = await input.getAttribute('aria-activedescendant');
    await page.keyboard.press('ArrowDown');
    const second = await input.getAttribute('aria-activedescendant');
    expect(second).not.toBe(first);
    expect(await page.getAttribute(`#${second}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    // A click on an option opens the country too.
    await input.fill('Cote');
    await page.click('[role="option"]:has-text("Côte")');
    expect(await page.getAttribute('[data-testid="country-panel"]', 'data-jurisdiction')).toBe('CIV');
  });

  it('plays through time and stops when paused', async () => {
    const { page } = await open(browser, `${SITE}?date=${ex.atlas.atlas.start}`);
    await ready(page);
    await page.click('button.play');
    await page.waitForFunction(
      (start) => document.querySelector('[data-testid="current-date"]')?.textContent !== start,
      ex.startText(),
    );
    await page.click('button.play');
    const stopped = await page.textContent('[data-testid="current-date"]');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid="current-date"]')).toBe(stopped);
  });

  it('shows the table with stable hooks and shares the date with the map', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}&view=table`);
    await ready(page);
    const grey = ex.untouched();
    expect(await page.getAttribute(`tr[data-jurisdiction="${change.jurisdiction}"]`, 'data-status')).toBe(change.to);
    expect(await page.getAttribute(`tr[data-jurisdiction="${grey}"]`, 'data-status')).toBe('none');
    // Sorted by status, highest first.
    const statuses = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    const ranks = statuses.map((l) => ['none', 'cleared', 'advisory', 'partial', 'government', 'nationwide'].indexOf(l ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    await page.click('th button:has-text("Jurisdiction")');
    expect(await page.getAttribute('tbody tr:first-child', 'data-jurisdiction')).toBe('AFG');
    await page.fill('input[type="search"]', 'cote');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-jurisdiction')))).toEqual([
      'CIV',
    ]);
    await page.fill('input[type="search"]', '');
    await page.check('text=Only jurisdictions with a recorded action');
    expect(await page.locator('tbody tr').count()).toBe(new Set(ex.atlas.actions.map((x) => x.jurisdiction)).size);
    await page.click('button:has-text("Map")');
    await page.waitForURL((u) => !u.search.includes('view=table'));
  });

  it('falls back to defaults for bad parameters, without errors or injection', async () => {
    const bad = `${SITE}?date=2099-99-99&country=%3Cimg%20src=x%20onerror=alert(1)%3E&overlays=nato,%22%3E&view=globe&theme=neon&atlas=../../x`;
    const { page, errors } = await open(browser, bad);
    await ready(page);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('[data-testid="country-panel"]').count()).toBe(0);
    expect(await page.locator('[data-outline="nato"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(new URL(page.url()).search).toBe('?overlays=nato');
  });

  it('follows the theme parameter, and the theme menu writes it', async () => {
    const { page } = await open(browser, `${SITE}?theme=dark`, { colorScheme: 'light' });
    await ready(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
    await page.click('[data-testid="theme-menu"] summary');
    await page.click('[data-testid="theme-menu"] button:has-text("Light")');
    expect(await page.locator('[data-testid="theme-menu"]').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.waitForURL((u) => u.search.includes('theme=light'));
  });
});

describe('a second atlas', () => {
  const tiktok = new Expected('tiktok');
  const latest = tiktok.lastSingleChange();

  it('is one click away, keeps the date, and shows its own statuses', async () => {
    const { page, errors } = await open(browser, `${SITE}?date=${latest.iso}`);
    await ready(page);
    // The switch goes to TikTok's own prerendered page, keeping the date.
    await page.click('[data-atlas="tiktok"]');
    await page.waitForURL(`${SITE}tiktok/?date=${latest.iso}`);
    await ready(page);
    expect(await page.getAttribute('[data-atlas="tiktok"]', 'aria-current')).toBe('page');
    expect(await status(page, latest.jurisdiction)).toBe(latest.to);
    await expect(page.textContent('h1')).resolves.toBe(tiktok.atlas.atlas.title);
    // And back to the default atlas at the site's root.
    await page.click('[data-atlas="kaspersky"]');
    await page.waitForURL(`${SITE}?date=${latest.iso}`);
    await ready(page);
    await expect(page.textContent('h1')).resolves.toBe(ex.atlas.atlas.title);
    expect(errors).toEqual([]);
  });

  it('never shows the prerendered atlas under the other one: the page waits for its own data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/tiktok/events.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${SITE}embed/?atlas=tiktok`, { waitUntil: 'commit' });
    await page.waitForSelector('svg.map', { state: 'attached' });
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app') as Element).visibility)).toBe('hidden');
    release();
    await ready(page);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app') as Element).visibility)).toBe('visible');
    await context.close();
  });

  it('works in the embed, with its own data files beside it', async () => {
    const { page } = await open(browser, `${SITE}embed/?atlas=tiktok&date=${latest.iso}`);
    await ready(page);
    expect(await status(page, latest.jurisdiction)).toBe(latest.to);
    for (const file of ['events.json', 'events.csv']) expect((await fetch(`${SITE}data/tiktok/${file}`)).ok, file).toBe(true);
  });
});

describe('layout and motion', () => {
  it('exports the slide the reader sees: overlays, the chosen country, a credit that wraps', async () => {
    const { page } = await open(browser, `${SITE}?overlays=five-eyes,nato&country=USA`, { acceptDownloads: true });
    await ready(page);
    await page.locator('[data-outline="nato"]').waitFor({ state: 'attached' });
    await page.click('[data-testid="downloads"] summary');
    const download = page.waitForEvent('download');
    await page.click('[data-testid="downloads"] button:has-text("Map as SVG")');
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg).toContain('<g data-overlay="five-eyes"');
    expect(svg).toContain('<g data-overlay="nato"');
    expect(svg).toContain('data-highlight="USA"');
    const lines = [...svg.matchAll(/<tspan x="60" y="\d+">([^<]*)<\/tspan>/g)];
    expect(lines.length).toBeGreaterThan(1);
  });

  it('lets the page scroll the table on a phone, with no box scrolling inside it', async () => {
    const { page } = await open(browser, `${SITE}?view=table`, { viewport: { width: 375, height: 812 }, hasTouch: true });
    await ready(page);
    const box = page.locator('[data-testid="table-view"]');
    const [scroll, client] = await box.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scroll).toBe(client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('keeps every methodology table inside the text column at 1440 px', async () => {
    const { page } = await open(browser, `${SITE}methodology/`, { viewport: { width: 1440, height: 900 } });
    const overflow = await page
      .locator('.doc table')
      .evaluateAll((tables) =>
        tables.map((t) => t.getBoundingClientRect().width - (t.closest('.doc') as HTMLElement).clientWidth),
      );
    expect(overflow.length).toBeGreaterThan(2);
    for (const px of overflow) expect(px).toBeLessThanOrEqual(0);
  });

  it('opens a country as a new history entry, so Back closes it and stays on the site', async () => {
    const { page } = await open(browser, `${SITE}?date=${change.iso}`);
    await ready(page);
    const before = await page.evaluate(() => history.length);
    await page.locator(`.countries path[data-id="${change.jurisdiction}"]`).click({ force: true });
    await page.waitForURL(new RegExp(`country=${change.jurisdiction}`));
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="country-panel"]').count()).toBe(0);
    expect(new URL(page.url()).search).toBe(`?date=${change.iso}`);
    // The date moved by the slider replaces the entry instead of adding one.
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(new RegExp(`date=${change.before}`));
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('closes the download menu after a choice, on a click outside and on Escape', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    const menu = page.locator('[data-testid="downloads"]');
    const isOpen = () => menu.evaluate((el) => (el as HTMLDetailsElement).open);
    await menu.locator('summary').click();
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await menu.locator('summary').click();
    await page.mouse.click(5, 5);
    expect(await isOpen()).toBe(false);
    await menu.locator('summary').click();
    const download = page.waitForEvent('download');
    await menu.locator('button:has-text("Data as CSV")').click();
    await download;
    expect(await isOpen()).toBe(false);
  });

  it.each(['AUS', 'BRA', 'CHN'])('shows the tooltip beside the pointer and inside the window over %s', async (id) => {
    const { page } = await open(browser, SITE, { viewport: { width: 1440, height: 900 } });
    await ready(page);
    const box = (await page.locator(`.countries path[data-id="${id}"]`).boundingBox())!;
    const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    const tip = (await page.locator('[data-testid="tooltip"]').boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(1440);
    expect(tip.y + tip.height).toBeLessThanOrEqual(900);
    // Next to the pointer: one of its corners is within 20 px of it on each axis.
    const dx = Math.min(Math.abs(tip.x - pointer.x), Math.abs(tip.x + tip.width - pointer.x));
    const dy = Math.min(Math.abs(tip.y - pointer.y), Math.abs(tip.y + tip.height - pointer.y));
    expect([dx <= 20, dy <= 20]).toEqual([true, true]);
  });

  it.each(['', '?view=table', '?country=USA', 'embed/', 'methodology/'])(
    'reflows at 320 px without horizontal scrolling: /%s',
    async (path) => {
      const { page } = await open(browser, `${SITE}${path}`, { viewport: { width: 320, height: 640 }, hasTouch: true });
      if (!path.startsWith('methodology')) await ready(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );

  it('fits a tablet width with every control of the toolbar inside the window', async () => {
    const { page } = await open(browser, SITE, { viewport: { width: 768, height: 1000 } });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    const right = await page.locator('[data-testid="downloads"]').evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(768);
  });

  it('with reduced motion, plays from action to action without transitions', async () => {
    const from = isoDay(ex.changes()[1].day - 1);
    const { page } = await open(browser, `${SITE}?date=${from}`, { reducedMotion: 'reduce' });
    await ready(page);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.countries path') as Element).transitionDuration),
    ).toBe('0s');
    await page.click('button.play');
    await expect.poll(() => page.textContent('[data-testid="current-date"]'), { timeout: 5000 }).toBe(ex.nextActionAfter(from));
    await page.click('button.play');
  });

  it('lets touch readers tap a country and drag the slider', async () => {
    const { page } = await open(browser, SITE, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await ready(page);
    // A phone opens on the atlas's phone region (Europe). Poland: a shape whose bounding box is centred on itself.
    await page.waitForSelector('svg.map[data-region="europe"]');
    await page.tap('.countries path[data-id="POL"]', { force: true });
    expect(await page.getAttribute('[data-testid="country-panel"]', 'data-jurisdiction')).toBe('POL');
    const box = (await page.locator('[data-testid="time-slider"]').boundingBox())!;
    await page.mouse.click(box.x + 14, box.y + box.height / 2);
    await expect
      .poll(() => page.textContent('[data-testid="current-date"]'))
      .toMatch(new RegExp(ex.atlas.atlas.start.slice(0, 4)));
  });
});
