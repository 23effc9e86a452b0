// @vitest-environment jsdom
/** The app mounted in a DOM: what a reader sees and what a click or a key does. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import App from '../App.svelte';
import { AppState } from '../state/app.svelte.ts';
import { parseDay } from '../lib/data/dates.ts';
import { loaded, realAtlas, realModel } from '../../tests/data/load.ts';
import { modelFromDom } from '../state/model-from-dom.ts';

let instance: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (instance) unmount(instance);
  instance = null;
  document.body.textContent = '';
});

function render(date: string, embedded = false) {
  const app = new AppState({
    atlas: realAtlas(),
    alliances: loaded.alliances!,
    model: realModel(),
    atlases: ['kaspersky'],
    today: parseDay('2026-11-23') as number,
  });
  app.setDay(parseDay(date) as number);
  const target = document.createElement('div');
  document.body.append(target);
  instance = mount(App, { target, props: { app, embedded } });
  flushSync();
  return { app, target };
}

describe('App', () => {
  it('colours the map and counts the legend for the date', () => {
    const { target } = render('2016-01-01');
    expect(target.querySelector('.countries path[data-id="UKR"]')?.getAttribute('data-status')).toBe('government');
    expect(target.querySelector('.legend [data-level="government"] .count')?.textContent).toBe('1');
    expect(target.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'On 1 January 2016, 1 jurisdiction restricted Kaspersky Lab: Ukraine.',
    );
  });

  it('opens a country panel on click, with its actions and sources', () => {
    const { target } = render('2025-03-01');
    (target.querySelector('.countries path[data-id="AUS"]') as SVGPathElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    flushSync();
    const panel = target.querySelector('[data-testid="country-panel"]');
    expect(panel?.querySelector('h2')?.textContent).toBe('Australia');
    expect(panel?.querySelectorAll('[data-action]')).toHaveLength(2);
    expect(panel?.querySelector('.upcoming')).toBeNull();
  });

  it('moves the date with the slider keys and says so in aria-valuetext', () => {
    const { target } = render('2025-02-20');
    const slider = target.querySelector('[data-testid="time-slider"]') as HTMLInputElement;
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    flushSync();
    expect(slider.getAttribute('aria-valuetext')).toBe('21 February 2025: 9 jurisdictions restrict');
    expect(target.querySelector('.countries path[data-id="AUS"]')?.getAttribute('data-status')).toBe('government');
  });

  it('renders a map from which the browser can read the model back, unchanged', () => {
    const { target } = render('2025-03-01');
    expect(modelFromDom(target)).toEqual(realModel());
  });

  it('marks a latest action that sets no status as context in the table', () => {
    const { app, target } = render('2024-08-01');
    app.view = 'table';
    flushSync();
    const usa = target.querySelector('tr[data-jurisdiction="USA"]');
    expect(usa?.getAttribute('data-status')).toBe('nationwide');
    expect(usa?.textContent).toContain('15 July 2024 (context, sets no status): Kaspersky announced');
  });

  it('leaves out the explorer chrome in the embed, and credits the source', () => {
    const { target } = render('2025-03-01', true);
    expect(target.querySelector('.toolbar')).toBeNull();
    expect(target.querySelector('.credit')?.textContent).toContain('Data as of');
  });
});
