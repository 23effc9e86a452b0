/**
 * Story mode in the explorer and the embed: stepping by button, arrow key and swipe, each step's
 * date, region, country and overlays (read from the built story.json), the announcement, reduced
 * motion, leaving, the embed dialog's option, and the embed's height following the caption.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { HOST, launch, open, ready, SITE } from './browser.ts';
import { ROOT } from '../../scripts/read-data.ts';
import { formatDay, parseDay } from '../../src/lib/data/dates.ts';
import type { CompiledStory, StoryStep } from '../../src/lib/data/types.ts';

const story = JSON.parse(readFileSync(join(ROOT, 'dist/data/kaspersky/story.json'), 'utf8')) as CompiledStory;
const N = story.steps.length;
const STEP = '[data-testid="story-step"]';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const dateText = (s: StoryStep): string => formatDay(parseDay(s.date) as number);

/** The step shown, its date settled, and the URL carrying the step's view. */
async function expectStep(page: Page | Frame, n: number, url = true): Promise<void> {
  const s = story.steps[n - 1];
  await expect.poll(() => page.getAttribute(STEP, 'data-step')).toBe(String(n));
  expect(await page.textContent('[data-testid="story-progress"]')).toBe(`${n} of ${N}`);
  expect(await page.textContent(`${STEP} h2`)).toBe(s.title);
  expect(await page.textContent('[data-testid="story-caption"]')).toBe(s.caption);
  await expect.poll(() => page.textContent('[data-testid="current-date"]'), { timeout: 3000 }).toBe(dateText(s));
  if (!url) return;
  await expect
    .poll(() => {
      const q = new URL((page as Page).url()).searchParams;
      return {
        story: q.get('story'),
        step: q.get('step'),
        country: q.get('country'),
        overlays: q.get('overlays'),
        region: q.get('region'),
      };
    })
    .toEqual({
      story: '1',
      step: n > 1 ? String(n) : null,
      country: s.country,
      overlays: s.overlays.length ? s.overlays.join(',') : null,
      region: s.region && s.region !== 'world' ? s.region : null,
    });
}

/** A horizontal drag across the element: what a finger's swipe sends as pointer events. */
async function swipe(page: Page, selector: string, dx: number): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 80);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + 4);
  await page.mouse.move(x + dx, y + 6);
  await page.mouse.up();
}

describe('story mode in the explorer', () => {
  it('steps by button, arrow key and swipe, applying each step and announcing its caption', async () => {
    const { page, errors, violations } = await open(browser, `${SITE}?story=1`);
    await ready(page);
    await expectStep(page, 1);
    expect(await page.getAttribute('[data-testid="story-previous"]', 'aria-disabled')).toBe('true');
    await page.click('[data-testid="story-next"]');
    await expectStep(page, 2);
    const live = await page.textContent('[data-testid="live-region"]');
    expect(live).toContain(story.steps[1].title);
    expect(live).toContain(story.steps[1].caption);
    // Focus on the step itself: the arrow keys step.
    await page.focus(STEP);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 2);
    // The slider keeps its own arrow keys.
    await page.focus('[data-testid="time-slider"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute(STEP, 'data-step')).toBe('2');
    await swipe(page, STEP, -160);
    await expectStep(page, 3);
    await swipe(page, '.map-view', 160);
    await expectStep(page, 2);
    // A mostly vertical drag is not a swipe.
    await swipe(page, STEP, 0);
    await page.click('[data-testid="story-previous"]');
    await expectStep(page, 1);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('opens at a linked step, ends at the last, and leaving keeps that step’s view', async () => {
    const { page } = await open(browser, `${SITE}?story=1&step=${N - 1}`);
    await ready(page);
    await expectStep(page, N - 1);
    await page.click('[data-testid="story-next"]');
    await expectStep(page, N);
    expect(await page.getAttribute('[data-testid="story-next"]', 'aria-disabled')).toBe('true');
    // Still focusable, so a keyboard user keeps their place; pressing it does nothing.
    await page.click('[data-testid="story-next"]', { force: true });
    expect(await page.getAttribute(STEP, 'data-step')).toBe(String(N));
    const last = story.steps[N - 1];
    await page.click('[data-testid="story-leave"]');
    expect(await page.locator(STEP).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('story')).toBeNull();
    expect(await page.textContent('[data-testid="current-date"]')).toBe(dateText(last));
    expect(new URL(page.url()).searchParams.get('country')).toBe(last.country);
    // Focus returns to the toolbar's Story button, which opens the story again at its first step.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-story-open'))).toBe(true);
    await page.keyboard.press('Enter');
    await expectStep(page, 1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('story-step');
  });

  it('moves the date in several frames, and at once under reduced motion', async () => {
    for (const [reducedMotion, moving] of [
      ['no-preference', true],
      ['reduce', false],
    ] as const) {
      const { page, context } = await open(browser, `${SITE}?story=1`, { reducedMotion });
      await ready(page);
      await expectStep(page, 1, false);
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __dates: string[] }).__dates = seen;
        const el = document.querySelector('[data-testid="current-date"]') as Element;
        new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
          subtree: true,
          characterData: true,
          childList: true,
        });
      });
      await page.click('[data-testid="story-next"]');
      await expectStep(page, 2, false);
      const dates = await page.evaluate(() => (window as unknown as { __dates: string[] }).__dates);
      expect(dates.at(-1)).toBe(dateText(story.steps[1]));
      if (moving) expect(new Set(dates).size).toBeGreaterThan(3);
      else expect(new Set(dates)).toEqual(new Set([dateText(story.steps[1])]));
      await context.close();
    }
  });

  it('is offered where the atlas has a story, and the embed dialog can add it to the snippets', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    await page.click('button:has-text("Embed")');
    expect(await page.inputValue('#embed-code')).not.toContain('story=1');
    await page.check('input[name="embed-story"]');
    expect(await page.inputValue('#embed-code')).toContain(`${SITE}embed/?story=1`);
  });
});

describe('story mode in the embed', () => {
  it('steps by button and key inside the frame, without the country panel', async () => {
    const { page } = await open(browser, `${SITE}embed/?story=1&step=2`, { viewport: { width: 375, height: 800 } });
    await ready(page);
    await expectStep(page, 2, false);
    expect(await page.locator('.country-panel, [data-testid="country-panel"]').count()).toBe(0);
    await page.click('[data-testid="story-next"]');
    await expectStep(page, 3, false);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 2, false);
  });

  it('sends its new height to the host page as captions change length', async () => {
    const src = `${SITE}embed/?story=1`;
    const { page } = await open(browser, `${HOST}datawrapper.html?src=${encodeURIComponent(src)}`, {
      viewport: { width: 375, height: 800 },
    });
    const frame = page.frames().find((f) => f.url().startsWith(`${SITE}embed/`)) as Frame;
    await frame.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.evaluate(() => {
      const heights: number[] = [];
      (window as unknown as { __heights: number[] }).__heights = heights;
      window.addEventListener('message', (e) => {
        const h = (e.data as Record<string, Record<string, number>>)?.['datawrapper-height'];
        if (h) heights.push(...Object.values(h));
      });
    });
    const frameHeight = async (): Promise<number> =>
      (await frame.frameElement()).evaluate((f) => Math.round((f as HTMLElement).getBoundingClientRect().height));
    const content = (): Promise<number> => frame.evaluate(() => document.body.offsetHeight);
    // The step whose caption differs most in length from the first: its panel's height differs too.
    const far = story.steps.reduce(
      (best, s, i) =>
        Math.abs(s.caption.length - story.steps[0].caption.length) >
        Math.abs(story.steps[best].caption.length - story.steps[0].caption.length)
          ? i
          : best,
      0,
    );
    await expect.poll(async () => Math.abs((await frameHeight()) - (await content()))).toBeLessThanOrEqual(2);
    const before = await frameHeight();
    for (let i = 0; i < far; i++) await frame.click('[data-testid="story-next"]');
    await expectStep(frame, far + 1, false);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await content()))).toBeLessThanOrEqual(2);
    expect(await frameHeight()).not.toBe(before);
    const heights = await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
    expect(heights.at(-1)).toBe(await content());
  });
});
