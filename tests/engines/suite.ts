/**
 * What every engine must do, written once and run per engine through the driver interface:
 * the explorer's statuses and alliance summaries, its keyboard routes, the embed sized in four
 * kinds of host page, no CSP violation or page error anywhere, and a map that is drawn.
 * Expected values come from the built data through the same status engine the site uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { summarise, summaryText } from '../../src/lib/alliances/alliances.ts';
import { formatDay, isoFromDay, parseDay } from '../../src/lib/data/dates.ts';
import type { AtlasText, CompiledAlliances, CompiledAtlas, CompiledStory, Level } from '../../src/lib/data/types.ts';
import { dateValueText } from '../../src/lib/status/describe.ts';
import { Localizer } from '../../src/lib/i18n/localizer.ts';
import en from '../../src/lib/i18n/messages/en.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';
import { TimelineController, type TimelineKey } from '../../src/lib/timeline/controller.ts';
import { HOST, SITE } from '../e2e/setup.ts';
import { launch, type Driver, type EngineName, type KeyName } from './driver.ts';
import { colourStats, decodePng } from './png.ts';

const DIST = join(import.meta.dirname, '../../dist');
const atlas = JSON.parse(readFileSync(join(DIST, 'data/kaspersky/events.json'), 'utf8')) as CompiledAtlas;
const { alliances } = JSON.parse(readFileSync(join(DIST, 'data/alliances.json'), 'utf8')) as CompiledAlliances;
const engine = new StatusEngine(atlas);
const story = JSON.parse(readFileSync(join(DIST, 'data/kaspersky/story.json'), 'utf8')) as CompiledStory;
const t = new Localizer({ locale: 'en', messages: en, atlas });
const read = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
const tiktok = new StatusEngine(read<CompiledAtlas>('data/tiktok/events.json'));
const tiktokGerman = read<AtlasText>('data/tiktok/i18n/de.json');
const day = (iso: string): number => {
  const d = parseDay(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
};

/** Before the first ban, the first bans, and after Australia's 2025 ban. */
const DATES = ['2016-01-01', '2017-12-20', '2025-03-01'];
const OVERLAYS = alliances.map((a) => a.id).join(',');
const IFRAME = 'iframe';

const READY = "document.documentElement.dataset.ready === 'true'";
const STATUSES = `Object.fromEntries([...document.querySelectorAll('.countries path[data-id]')].map((p) => [p.dataset.id, p.dataset.status]))`;
const SUMMARIES = `[...document.querySelectorAll('[data-alliance]')].map((li) => ({ id: li.dataset.alliance, restricting: Number(li.dataset.restricting), members: Number(li.dataset.members), text: li.textContent.trim() }))`;
const text = (selector: string): string => `document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`;
const attr = (selector: string, name: string): string =>
  `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`;

interface Probe {
  violations: string[];
  errors: string[];
}

export function engineSuite(name: EngineName): void {
  describe(name, () => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await launch(name);
    });
    afterAll(async () => {
      await driver?.close();
    });

    /** The probe's record for the top page or a frame: present (it ran before our scripts) and empty. */
    async function expectClean(frame?: string): Promise<void> {
      const probe = await driver.evaluate<Probe | null>('window.__probe ?? null', frame);
      expect(probe, `the probe did not run${frame ? ' in the frame' : ''}: were our own scripts blocked?`).not.toBeNull();
      expect(probe?.violations, 'CSP violations').toEqual([]);
      expect(probe?.errors, 'page errors').toEqual([]);
    }

    async function openExplorer(query: string): Promise<void> {
      await driver.goto(`${SITE}${query}`);
      await driver.waitFor(READY);
    }

    describe('the explorer', () => {
      it.each(DATES)('on %s colours every country and sums every alliance as the engine does', async (iso) => {
        const d = day(iso);
        await openExplorer(`?date=${iso}&overlays=${OVERLAYS}`);
        expect(await driver.evaluate(text('[data-testid="current-date"]'))).toBe(formatDay(d));
        const shown = await driver.evaluate<Record<string, Level>>(STATUSES);
        expect(Object.keys(shown).length).toBeGreaterThan(190);
        const expected = Object.fromEntries(Object.keys(shown).map((id) => [id, engine.statusOf(id, d)]));
        expect(shown).toEqual(expected);
        const summaries = await driver.evaluate<{ id: string; restricting: number; members: number; text: string }[]>(SUMMARIES);
        for (const alliance of alliances) {
          const s = summarise(alliance, d, (id, on) => engine.statusOf(id, on));
          const found = summaries.filter((x) => x.id === alliance.id);
          expect(found.length, `${alliance.id} summary`).toBeGreaterThan(0);
          for (const f of found) {
            expect([f.restricting, f.members], alliance.id).toEqual([s.restricting.length, s.members.length]);
            // The panel's entry also holds its outline toggle; the summary sentence is within.
            expect(f.text).toContain(summaryText(t, s));
          }
        }
        await expectClean();
      });

      it("colours the second atlas's own page, in German, as the engine does", async () => {
        const d = day('2023-03-01');
        await openExplorer(`de/tiktok/?date=${isoFromDay(d)}`);
        expect(await driver.evaluate(attr('html', 'lang'))).toBe('de');
        expect(await driver.evaluate(text('h1'))).toBe(tiktokGerman.atlas.title);
        const shown = await driver.evaluate<Record<string, Level>>(STATUSES);
        expect(Object.keys(shown).length).toBeGreaterThan(190);
        expect(shown).toEqual(Object.fromEntries(Object.keys(shown).map((id) => [id, tiktok.statusOf(id, d)])));
        await expectClean();
      });

      it('draws a map that is not blank', async () => {
        await openExplorer('?date=2025-03-01');
        const box = await driver.evaluate<{ x: number; y: number; width: number; height: number; ratio: number }>(
          `(() => { const r = document.querySelector('[data-testid="map-svg"]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, ratio: devicePixelRatio }; })()`,
        );
        expect(box.width * box.height).toBeGreaterThan(10_000);
        const image = decodePng(await driver.screenshot());
        const stats = colourStats(image, {
          x: box.x * box.ratio,
          y: box.y * box.ratio,
          width: box.width * box.ratio,
          height: box.height * box.ratio,
        });
        // Land in several status colours, borders and sea: a blank or single-colour frame fails.
        expect(stats.colours, 'distinct colours in the map').toBeGreaterThan(8);
        expect(stats.painted, 'share of the map not in its commonest colour').toBeGreaterThan(0.05);
        await expectClean();
      });

      it('steps the slider by day with the arrows and by month with Page Up and Page Down', async () => {
        await openExplorer('?date=2020-01-01');
        const slider = '[data-testid="time-slider"]';
        const min = Number(await driver.evaluate(attr(slider, 'min')));
        const max = Number(await driver.evaluate(attr(slider, 'max')));
        const timeline = new TimelineController({ min, max, eventDays: engine.eventDays });
        await driver.evaluate(`document.querySelector('${slider}').focus()`);
        let expected = day('2020-01-01');
        const keys: (KeyName & TimelineKey)[] = [
          'ArrowRight',
          'ArrowRight',
          'ArrowLeft',
          'PageUp',
          'PageDown',
          'PageDown',
          'End',
          'Home',
        ];
        for (const key of keys) {
          expected = timeline.key(expected, key);
          await driver.press(key);
          await driver.waitFor(`document.querySelector('${slider}').value === '${expected}'`, { timeout: 5000 });
          expect(await driver.evaluate(text('[data-testid="current-date"]')), key).toBe(formatDay(expected));
          expect(await driver.evaluate(attr(slider, 'aria-valuetext')), key).toBe(
            dateValueText(t, expected, engine.counts(expected)),
          );
        }
        expect(await driver.evaluate('document.activeElement?.dataset.testid')).toBe('time-slider');
        // The address bar follows the date once it settles.
        await driver.waitFor(`location.search.includes('date=${isoFromDay(expected)}')`, { timeout: 5000 });
        await expectClean();
      });

      it('opens a country from the keyboard and closes it, returning focus', async () => {
        const iso = '2018-01-01';
        await openExplorer(`?date=${iso}`);
        await driver.evaluate(`document.getElementById('country-picker').focus()`);
        // The country finder: type, then Enter chooses the highlighted match and focuses the panel.
        await driver.type('Lithuania');
        await driver.press('Enter');
        await driver.waitFor(`document.activeElement?.id === 'panel-title'`, { timeout: 5000 });
        const panel = '[data-testid="country-panel"]';
        await driver.waitFor(`document.querySelector('${panel}')?.dataset.jurisdiction === 'LTU'`, { timeout: 5000 });
        expect(await driver.evaluate(attr('[data-testid="panel-status"]', 'data-status'))).toBe(engine.statusOf('LTU', day(iso)));
        await driver.press('Tab');
        expect(await driver.evaluate(`document.activeElement?.getAttribute('aria-label') ?? null`)).toBe('Close details');
        await driver.press('Enter');
        await driver.waitFor(`!document.querySelector('${panel}')`, { timeout: 5000 });
        expect(await driver.evaluate('document.activeElement?.id ?? null')).toBe('country-picker');
        await expectClean();
      });

      it('shows the table, sorts it from the keyboard and goes back to the map', async () => {
        const iso = '2017-12-20';
        await openExplorer(`?date=${iso}&view=table`);
        const rows = `[...document.querySelectorAll('tbody tr[data-jurisdiction]')].map((r) => [r.dataset.jurisdiction, r.dataset.status])`;
        const shown = await driver.evaluate<[string, Level][]>(rows);
        expect(shown.length).toBe(atlas.jurisdictions.length);
        for (const [id, status] of shown) expect(status, id).toBe(engine.statusOf(id, day(iso)));
        // Sorted by name once the Jurisdiction header is pressed with the keyboard.
        await driver.evaluate(
          `[...document.querySelectorAll('th button')].find((b) => b.textContent.includes('Jurisdiction')).focus()`,
        );
        await driver.press('Enter');
        const firstByName = [...atlas.jurisdictions].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0].id;
        await driver.waitFor(`document.querySelector('tbody tr')?.dataset.jurisdiction === '${firstByName}'`, { timeout: 5000 });
        await driver.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Map').focus()`);
        await driver.press('Enter');
        await driver.waitFor(`!!document.querySelector('.countries path') && !document.querySelector('table')`, {
          timeout: 5000,
        });
        await expectClean();
      });
    });

    describe('story mode', () => {
      it('opens the story, and Next moves to step 2 and its date', async () => {
        await openExplorer('?story=1');
        const step = `document.querySelector('[data-testid="story-step"]')?.dataset.step ?? null`;
        await driver.waitFor(`${step} === '1'`, { timeout: 10_000 });
        await driver.click('[data-testid="story-next"]');
        await driver.waitFor(`${step} === '2'`, { timeout: 5000 });
        const second = formatDay(day(story.steps[1].date));
        await driver.waitFor(`${text('[data-testid="current-date"]')} === ${JSON.stringify(second)}`, { timeout: 5000 });
        expect(await driver.evaluate(text('[data-testid="story-progress"]'))).toBe(`2 of ${story.steps.length}`);
        await expectClean();
      });
    });

    describe('the embed', () => {
      const EMBED = `${SITE}embed/?date=2025-03-01`;

      async function gap(): Promise<number> {
        const content = await driver.evaluate<number>('document.body.offsetHeight', IFRAME);
        const box = await driver.evaluate<number>(`document.querySelector('${IFRAME}').getBoundingClientRect().height`);
        return Math.abs(box - content);
      }

      it.each([
        ['pym.js (the real package)', 'pym.html'],
        ['a Datawrapper-style listener', 'datawrapper.html'],
        ['a WordPress-style sandboxed frame', 'wordpress.html'],
        ['a Canvas LMS-style listener', 'canvas.html'],
      ])('sizes itself in %s at two widths', async (_label, host) => {
        await driver.goto(`${HOST}${host}?src=${encodeURIComponent(EMBED)}`);
        await driver.waitFor(READY, { frame: IFRAME });
        for (const width of [1280, 400]) {
          await driver.resize(width, 900);
          await expect.poll(gap, { timeout: 15_000, message: `${host} at ${width} px` }).toBeLessThanOrEqual(2);
        }
        await driver.resize(1280, 900);
        expect(await driver.evaluate(attr('.countries path[data-id="AUS"]', 'data-status'), IFRAME)).toBe(
          engine.statusOf('AUS', day('2025-03-01')),
        );
        if (host === 'wordpress.html') {
          expect(await driver.evaluate('self.origin', IFRAME)).toBe('null');
          // The country panel is a chunk of its own, fetched on the first click: an opaque
          // origin must not stop a later fetch either.
          await driver.evaluate(
            `document.querySelector('.countries path[data-id="AUS"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
            IFRAME,
          );
          await driver.waitFor(`document.querySelector('[data-testid="country-panel"]')?.dataset.jurisdiction === 'AUS'`, {
            frame: IFRAME,
          });
        }
        await expectClean(IFRAME);
      });
    });
  });
}
