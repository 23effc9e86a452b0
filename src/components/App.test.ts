// @vitest-environment jsdom
/** The app mounted in a DOM, on the synthetic acme atlas: what a reader sees and what a click or a key does. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import Explorer from '../Explorer.svelte';
import Embed from '../Embed.svelte';
import { AppState, type AppInit } from '../state/app.svelte.ts';
import { parseDay } from '../lib/data/dates.ts';
import { modelFromDom } from '../browser/model-from-dom.ts';
import { acmeAtlas, mapModel, referenceAlliances } from '../../tests/fixtures/acme.ts';

// jsdom has no ResizeObserver, with which the map and the spread chart measure their width.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let instance: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (instance) unmount(instance);
  instance = null;
  document.body.textContent = '';
});

const d = (iso: string) => parseDay(iso) as number;

function render(date: string, embedded = false, today = '2024-01-01', init: Partial<AppInit> = {}) {
  const app = new AppState({
    atlas: acmeAtlas(),
    alliances: referenceAlliances(),
    model: mapModel(),
    atlases: ['acme'],
    today: d(today),
    ...init,
  });
  app.setDay(d(date));
  const target = document.createElement('div');
  document.body.append(target);
  instance = mount(embedded ? Embed : Explorer, { target, props: { app } });
  flushSync();
  return { app, target };
}

const status = (target: Element, id: string) =>
  target.querySelector(`.countries path[data-id="${id}"]`)?.getAttribute('data-status');

describe('App', () => {
  it('colours the map and counts the legend for the date', () => {
    const { target } = render('2021-03-01');
    expect(status(target, 'USA')).toBe('government');
    expect(status(target, 'GBR')).toBe('partial');
    expect(status(target, 'DEU')).toBe('none');
    expect(target.querySelector('.legend [data-level="government"] .count')?.textContent).toBe('1');
    expect(target.querySelector('.legend [data-level="advisory"] .count')?.textContent).toBe('1');
    expect(target.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'On 1 March 2021, 2 jurisdictions restricted Acme Corp: United States and United Kingdom.',
    );
  });

  it('restyles the same shapes as the date, the hover, the highlight and the region change', async () => {
    const { app, target } = render('2021-03-01', false, '2024-01-01', {
      // The world's shapes, marked as Europe's: enough to see which countries become context.
      fetchModel: (region) => Promise.resolve({ ...mapModel(), region }),
    });
    const shape = (id: string) => target.querySelector(`.countries path[data-id="${id}"]`) as SVGPathElement;
    const usa = shape('USA');
    const cls = (id: string) => shape(id).getAttribute('class');
    expect([cls('USA'), cls('GBR'), cls('BRA')]).toEqual(['s-government', 's-partial', 's-none unresearched']);
    app.setDay(d('2019-06-01'));
    flushSync();
    expect(shape('USA')).toBe(usa);
    expect([usa.getAttribute('data-status'), cls('USA')]).toEqual(['none', 's-none']);
    app.setDay(d('2021-03-01'));
    app.ui.hover('USA');
    flushSync();
    expect(cls('USA')).toBe('s-government hovered');
    app.ui.hover(null);
    app.ui.hoverLevel('partial');
    flushSync();
    expect([cls('USA'), cls('GBR')]).toEqual(['s-government dim', 's-partial']);
    app.ui.hoverLevel(null);
    await app.setRegion('europe');
    flushSync();
    expect([cls('USA'), cls('GBR')]).toEqual(['s-government context', 's-partial']);
  });

  it('opens a country panel on click, with its actions, the later ones marked', () => {
    const { target } = render('2021-06-01');
    (target.querySelector('.countries path[data-id="DEU"]') as SVGPathElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    flushSync();
    const panel = target.querySelector('[data-testid="country-panel"]');
    expect(panel?.querySelector('h2')?.textContent).toBe('Germany');
    expect([...(panel?.querySelectorAll('[data-action]') ?? [])].map((e) => e.getAttribute('data-action'))).toEqual([
      'deu-2022',
      'deu-2021',
    ]);
    expect(panel?.querySelector('[data-action="deu-2022"]')?.classList.contains('upcoming')).toBe(true);
    expect(panel?.querySelector('[data-action="deu-2021"]')?.classList.contains('upcoming')).toBe(false);
  });

  it('moves the date with the slider keys and says so in aria-valuetext', () => {
    const { target } = render('2021-02-09');
    const slider = target.querySelector('[data-testid="time-slider"]') as HTMLInputElement;
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    flushSync();
    expect(slider.getAttribute('aria-valuetext')).toBe('10 February 2021: 2 jurisdictions restrict');
    expect(status(target, 'USA')).toBe('government');
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    flushSync();
    expect(slider.getAttribute('aria-valuetext')).toBe('9 February 2021: 0 jurisdictions restrict');
  });

  it('places the last tick and the current year label by today, and moves them when today moves', () => {
    const { app, target } = render('2021-01-01', false, '2023-06-01');
    const lastTick = () =>
      target.querySelectorAll('.ticks line.tick').item(target.querySelectorAll('.ticks line.tick').length - 1);
    const years = () => [...target.querySelectorAll('.ticks text')].map((t) => t.textContent);
    const x = (el: Element | null) => parseFloat(el?.getAttribute('x1') ?? 'NaN');
    const span = (today: string) => d(today) - d('2019-01-01');
    expect(x(lastTick())).toBeCloseTo(((d('2023-01-05') - d('2019-01-01')) / span('2023-06-01')) * 100, 2);
    expect(years().at(-1)).toBe('2023');
    app.time.setToday(d('2024-03-01'));
    flushSync();
    expect(x(lastTick())).toBeCloseTo(((d('2023-01-05') - d('2019-01-01')) / span('2024-03-01')) * 100, 2);
    expect(years().at(-1)).toBe('2024');
  });

  it('keeps a legend entry highlighted after a click, though hover had already lit it', () => {
    const { target } = render('2021-03-01');
    const entry = target.querySelector('.legend [data-level="partial"]') as HTMLButtonElement;
    entry.dispatchEvent(new MouseEvent('mouseenter'));
    entry.click();
    entry.dispatchEvent(new MouseEvent('mouseleave'));
    flushSync();
    expect(entry.getAttribute('aria-pressed')).toBe('true');
    expect(target.querySelector('svg.map')?.getAttribute('data-highlight')).toBe('partial');
  });

  it('renders a map from which the browser can read the model back, unchanged', () => {
    const { target } = render('2021-03-01');
    expect(modelFromDom(target)).toEqual(mapModel());
  });

  it('marks a latest action that sets no status as context in the table', () => {
    const { app, target } = render('2023-02-01');
    app.ui.setView('table');
    flushSync();
    const usa = target.querySelector('tr[data-jurisdiction="USA"]');
    expect(usa?.getAttribute('data-status')).toBe('government');
    expect(usa?.textContent).toContain('5 January 2023 (context, sets no status): Acme announced');
  });

  it('tells grey that was checked from grey nobody researched, in the table, the legend and the panel', () => {
    const { app, target } = render('2021-03-01');
    app.ui.setView('table');
    flushSync();
    const row = (id: string) => target.querySelector(`tr[data-jurisdiction="${id}"]`);
    expect(row('ITA')?.getAttribute('data-checked')).toBe('2023-11-03');
    expect(row('ITA')?.querySelector('.research')?.textContent).toBe('Checked: no action found (as of 3 November 2023)');
    expect(row('BRA')?.hasAttribute('data-checked')).toBe(false);
    expect(row('BRA')?.querySelector('.research')?.textContent).toBe('Not yet researched');
    app.ui.setView('map');
    app.ui.select('ITA');
    flushSync();
    const split = target.querySelector('[data-testid="none-split"]');
    // Grey on this date and researched: Italy and Spain (checked), Germany and Canada (their actions come later).
    expect(split?.getAttribute('data-checked')).toBe('4');
    expect(target.querySelector('[data-testid="panel-coverage"]')?.textContent?.trim()).toBe(
      'Checked: no action found (as of 3 November 2023). Only press reports of a debate, no decision.',
    );
    expect(target.querySelector('.countries path[data-id="BRA"]')?.classList.contains('unresearched')).toBe(true);
    expect(target.querySelector('.countries path[data-id="ITA"]')?.classList.contains('unresearched')).toBe(false);
  });

  it('lists every action in order, filters by level and by the chosen country, and moves the date', () => {
    const { app, target } = render('2021-03-01');
    app.ui.setView('actions');
    flushSync();
    const ids = () =>
      [...target.querySelectorAll('[data-testid="action-list"] [data-action]')].map((e) => e.getAttribute('data-action'));
    expect(ids()).toEqual(app.atlas.actions.map((a) => a.id));
    const select = target.querySelector('[data-testid="action-list"] select') as HTMLSelectElement;
    select.value = 'advisory';
    select.dispatchEvent(new Event('change'));
    flushSync();
    expect(ids()).toEqual(['fra-2020', 'can-2021']);
    app.ui.select('FRA');
    flushSync();
    expect(ids()).toEqual(['fra-2020']);
    (target.querySelector('[data-testid="action-list"] .go') as HTMLButtonElement).click();
    flushSync();
    expect(app.time.day).toBe(d('2020-03-01'));
  });

  it('leaves out the explorer chrome in the embed, and credits the source', () => {
    const { target } = render('2021-03-01', true);
    expect(target.querySelector('.toolbar')).toBeNull();
    expect(target.querySelector('.credit')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Source: Test fixture. · Data as of 1 January 2024',
    );
  });
});
