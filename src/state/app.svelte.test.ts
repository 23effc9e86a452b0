import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from './app.svelte.ts';
import { parseDay } from '../lib/data/dates.ts';
import { loaded, realAtlas, realModel } from '../../tests/data/load.ts';

const d = (iso: string) => parseDay(iso) as number;
const make = (today = '2026-11-23') =>
  new AppState({ atlas: realAtlas(), alliances: loaded.alliances!, model: realModel(), atlases: ['kaspersky'], today: d(today) });

describe('AppState', () => {
  it('starts on today, with counts that add up to every jurisdiction', () => {
    const app = make();
    expect(app.day).toBe(d('2026-11-23'));
    const total = Object.values(app.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(app.atlas.jurisdictions.length);
    const mapTotal = Object.values(app.mapCounts).reduce((a, b) => a + b, 0);
    expect(mapTotal).toBe(app.atlas.jurisdictions.filter((j) => j.kind === 'country').length);
  });

  it('updates levels only for jurisdictions whose status changed', () => {
    const app = make();
    app.setDay(d('2025-02-20'));
    const set = vi.spyOn(app.levels, 'set');
    app.setDay(d('2025-02-21'));
    expect(set.mock.calls).toEqual([['AUS', 'government']]);
    expect(app.statusOf('AUS')).toBe('government');
  });

  it('announces the net change after a burst of steps, not every step', () => {
    vi.useFakeTimers();
    const app = make();
    app.setDay(d('2017-12-11'));
    app.setDay(d('2017-12-12')); // NDAA: no change for the USA (already government)
    app.setDay(d('2017-12-20')); // Lithuania
    vi.advanceTimersByTime(2000);
    expect(app.announcement).toBe('Lithuania: Partial restriction');
    app.setDay(d('2017-12-19'));
    app.setDay(d('2017-12-20'));
    vi.advanceTimersByTime(2000);
    // Back and forth again: nothing net changed since the last announcement.
    expect(app.announcement).toBe('Lithuania: Partial restriction');
    vi.useRealTimers();
  });

  it('round-trips its state through the URL, writing only what differs', () => {
    const app = make();
    expect(app.query()).toBe('');
    app.applyUrl('?date=2023-04-04&overlays=nato,eu&country=fin&view=table');
    flushSync();
    expect(app.country).toBe('FIN');
    expect(app.query()).toBe('date=2023-04-04&country=FIN&overlays=nato,eu&view=table');
    const other = make();
    other.applyUrl(`?${app.query()}`);
    expect(other.query()).toBe(app.query());
  });

  it('keeps a chosen date when "today" moves, and follows today otherwise', () => {
    const app = make('2026-11-23');
    app.setToday(d('2026-11-24'));
    expect(app.day).toBe(d('2026-11-24'));
    app.setDay(d('2020-01-01'));
    app.setToday(d('2026-11-25'));
    expect(app.day).toBe(d('2020-01-01'));
  });

  it('toggles overlays in the canonical order and summarises alliances', () => {
    const app = make();
    app.setDay(d('2025-03-01'));
    app.toggleOverlay('nato');
    app.toggleOverlay('five-eyes');
    expect(app.overlays).toEqual(['five-eyes', 'nato']);
    const fiveEyes = app.summaries.find((s) => s.id === 'five-eyes');
    expect([fiveEyes?.restricting.length, fiveEyes?.members.length]).toEqual([4, 5]);
  });
});
