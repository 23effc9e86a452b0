import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const status = (page: Page, id: string) => page.getAttribute(`.countries path[data-id="${id}"]`, 'data-status');

describe('the explorer', () => {
  it('on 2016-01-01 shows Ukraine with a government-wide ban and the USA with none', async () => {
    const { page, errors, violations } = await open(browser, `${SITE}?date=2016-01-01`);
    await ready(page);
    expect(await status(page, 'UKR')).toBe('government');
    expect(await status(page, 'USA')).toBe('none');
    await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe('1 January 2016');
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('on 2025-03-01 shows Australia banned and Five Eyes at 4 of 5', async () => {
    const { page } = await open(browser, `${SITE}?date=2025-03-01`);
    await ready(page);
    expect(await status(page, 'AUS')).toBe('government');
    const fiveEyes = page.locator('[data-alliance="five-eyes"]');
    expect(await fiveEyes.getAttribute('data-restricting')).toBe('4');
    expect(await fiveEyes.getAttribute('data-members')).toBe('5');
    await expect(fiveEyes.textContent()).resolves.toContain('Five Eyes: 4 of 5 members restrict');
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

  it('serves a prerendered map that the script takes over without replacing it', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    // Hydration keeps the server's nodes: the marker set before hydration survives.
    const html = await (await fetch(SITE)).text();
    expect(html).toContain('data-testid="map-svg"');
    expect(await page.locator('.countries path').count()).toBeGreaterThan(190);
  });

  it('opens a country with a click and lists its sourced actions', async () => {
    const { page } = await open(browser, `${SITE}?date=2025-03-01`);
    await ready(page);
    await page.locator('.countries path[data-id="AUS"]').click({ force: true });
    const panel = page.locator('[data-testid="country-panel"]');
    await expect(panel.getAttribute('data-jurisdiction')).resolves.toBe('AUS');
    expect(await page.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe('government');
    const links = panel.locator('.sources a');
    expect(await links.count()).toBeGreaterThan(1);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    // The address bar follows once the view settles.
    await page.waitForURL(/country=AUS/);
  });

  it('says in the live region what changed when the date moves', async () => {
    const { page } = await open(browser, `${SITE}?date=2025-02-20`);
    await ready(page);
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('ArrowRight');
    await expect(page.textContent('[data-testid="live-region"]')).resolves.toBe('Australia: Government-wide ban');
    expect(await page.getAttribute('[data-testid="time-slider"]', 'aria-valuetext')).toBe(
      '21 February 2025: 9 jurisdictions restrict',
    );
    await page.waitForURL(/date=2025-02-21/);
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
    await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe('16 September 2014');
    await page.keyboard.press('PageUp');
    await expect(page.textContent('[data-testid="current-date"]')).resolves.toBe('16 October 2014');
    // The country list is the keyboard route to countries.
    await page.focus('#country-picker');
    await page.keyboard.type('Lithuania');
    await expect(page.locator('[data-testid="country-panel"]').getAttribute('data-jurisdiction')).resolves.toBe('LTU');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close details');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="country-panel"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-picker');
  });

  it('plays through time and stops when paused', async () => {
    const { page } = await open(browser, `${SITE}?date=2015-01-01`);
    await ready(page);
    await page.click('button.play');
    await page.waitForFunction(() => document.querySelector('[data-testid="current-date"]')?.textContent !== '1 January 2015');
    await page.click('button.play');
    const stopped = await page.textContent('[data-testid="current-date"]');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-testid="current-date"]')).toBe(stopped);
  });

  it('shows the table with stable hooks and shares the date with the map', async () => {
    const { page } = await open(browser, `${SITE}?date=2016-01-01&view=table`);
    await ready(page);
    expect(await page.getAttribute('tr[data-jurisdiction="UKR"]', 'data-status')).toBe('government');
    expect(await page.getAttribute('tr[data-jurisdiction="USA"]', 'data-status')).toBe('none');
    // Sorted by status, highest first.
    expect(await page.getAttribute('tbody tr:first-child', 'data-jurisdiction')).toBe('UKR');
    await page.click('th button:has-text("Jurisdiction")');
    expect(await page.getAttribute('tbody tr:first-child', 'data-jurisdiction')).toBe('AFG');
    await page.fill('input[type="search"]', 'cote');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-jurisdiction')))).toEqual([
      'CIV',
    ]);
    await page.fill('input[type="search"]', '');
    await page.check('text=Only jurisdictions with a recorded action');
    const atlas = (await (await fetch(`${SITE}data/kaspersky/events.json`)).json()) as { actions: { jurisdiction: string }[] };
    expect(await page.locator('tbody tr').count()).toBe(new Set(atlas.actions.map((x) => x.jurisdiction)).size);
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
    await page.selectOption('select[aria-label="Theme"]', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.waitForURL((u) => u.search.includes('theme=light'));
  });
});

describe('layout and motion', () => {
  it.each(['', '?view=table', '?country=USA', 'embed/', 'methodology/'])(
    'reflows at 320 px without horizontal scrolling: /%s',
    async (path) => {
      const { page } = await open(browser, `${SITE}${path}`, { viewport: { width: 320, height: 640 }, hasTouch: true });
      if (!path.startsWith('methodology')) await ready(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );

  it('with reduced motion, plays from action to action without transitions', async () => {
    const { page } = await open(browser, `${SITE}?date=2017-07-01`, { reducedMotion: 'reduce' });
    await ready(page);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.countries path') as Element).transitionDuration),
    ).toBe('0s');
    await page.click('button.play');
    // The next action after 1 July 2017 is the GSA removal on 11 July 2017.
    await expect.poll(() => page.textContent('[data-testid="current-date"]'), { timeout: 5000 }).toBe('11 July 2017');
    await page.click('button.play');
  });

  it('lets touch readers tap a country and drag the slider', async () => {
    const { page } = await open(browser, `${SITE}?date=2025-03-01`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await ready(page);
    // Brazil: a shape whose bounding box is centred on itself (the USA's spans the antimeridian).
    await page.tap('.countries path[data-id="BRA"]', { force: true });
    expect(await page.getAttribute('[data-testid="country-panel"]', 'data-jurisdiction')).toBe('BRA');
    const box = (await page.locator('[data-testid="time-slider"]').boundingBox())!;
    await page.mouse.click(box.x + 14, box.y + box.height / 2);
    await expect.poll(() => page.textContent('[data-testid="current-date"]')).toMatch(/2014|2015/);
  });
});
