import { describe, expect, it } from 'vitest';
import { tickName, ticks, years } from './ticks.ts';
import { EMPTY_ATLAS, english, german } from '../i18n/words.fixture.ts';
import { parseDay } from '../data/dates.ts';
import type { Action, ActionLevel } from '../data/types.ts';

const d = (iso: string) => parseDay(iso) as number;
const action = (id: string, level: ActionLevel): Action =>
  ({ id, level, jurisdiction: 'AAA', date: { iso: '2020-01-01', precision: 'day' } }) as Action;

describe('ticks', () => {
  const actions = [action('a', 'advisory'), action('b', 'government'), action('c', 'context'), action('d', 'partial')];
  const days = [d('2019-12-31'), d('2020-06-01'), d('2020-06-01'), d('2021-01-01')];

  it('merges a day into one tick at its highest level, and keeps its actions', () => {
    const out = ticks(actions, days, d('2020-01-01'), d('2021-01-01'));
    expect(out.map((t) => [t.day, t.level, t.actions.map((a) => a.id)])).toEqual([
      [d('2020-06-01'), 'government', ['b', 'c']],
      [d('2021-01-01'), 'partial', ['d']],
    ]);
  });

  it('places ticks as fractions of the span, so a later "today" moves them left', () => {
    const min = d('2020-01-01');
    const before = ticks(actions, days, min, d('2021-01-01'));
    const after = ticks(actions, days, min, d('2022-01-01'));
    expect(before[1].at).toBe(1);
    expect(after[1].at).toBeCloseTo(366 / 731, 10);
    expect(before[0].at).toBeCloseTo(152 / 366, 10);
  });

  it('takes the highest level of a day whatever the order of its actions', () => {
    const day = d('2020-06-01');
    const out = ticks(
      [action('c', 'context'), action('a', 'advisory'), action('d', 'partial')],
      [day, day, day],
      d('2020-01-01'),
      d('2020-12-31'),
    );
    expect(out.map((t) => t.level)).toEqual(['partial']);
  });

  it('shows a context-only day as a neutral tick', () => {
    const out = ticks([action('c', 'context')], [d('2020-02-01')], d('2020-01-01'), d('2020-12-31'));
    expect(out[0].level).toBe('none');
  });

  it('leaves out days after the end of the span', () => {
    expect(ticks(actions, days, d('2020-01-01'), d('2020-12-31')).map((t) => t.day)).toEqual([d('2020-06-01')]);
  });

  it('puts a single-day span at the start', () => {
    expect(ticks([action('a', 'advisory')], [d('2020-01-01')], d('2020-01-01'), d('2020-01-01'))[0].at).toBe(0);
  });
});

describe('years', () => {
  it('marks every 1 January after the first year, up to and including the last', () => {
    const out = years(d('2015-01-01'), d('2026-11-27'));
    expect(out[0]).toEqual({ year: 2016, at: 365 / (d('2026-11-27') - d('2015-01-01')), minor: false });
    expect(out.at(-1)?.year).toBe(2026);
    expect(out).toHaveLength(11);
    expect(out.filter((y) => y.minor).map((y) => y.year)).toEqual([2017, 2019, 2021, 2023, 2025]);
  });

  it('adds the new year when today moves into it', () => {
    expect(years(d('2015-01-01'), d('2026-12-31')).at(-1)?.year).toBe(2026);
    expect(years(d('2015-01-01'), d('2027-01-01')).at(-1)).toEqual({ year: 2027, at: 1, minor: true });
  });
});

describe('tickName', () => {
  const atlas = {
    ...EMPTY_ATLAS,
    jurisdictions: [
      { id: 'AUS', name: 'Australia', kind: 'country' as const },
      { id: 'ITA', name: 'Italy', kind: 'country' as const },
    ],
    scale: [
      { level: 'government' as const, label: 'Government-wide ban', definition: '' },
      { level: 'advisory' as const, label: 'Warning', definition: '' },
    ],
  };
  const at = (jurisdiction: string, level: ActionLevel, iso: string, precision: 'day' | 'month' = 'day'): Action =>
    ({ id: iso, level, jurisdiction, date: { iso, precision } }) as Action;
  const name = (...actions: Action[]) => tickName(english(atlas), { day: 0, level: 'none', at: 0, actions });

  it('names the date (month shortened), the jurisdiction and the level', () => {
    expect(name(at('AUS', 'government', '2025-02-21'))).toBe('21 Feb 2025 · Australia · Government-wide ban');
  });
  it('lists every action of the day, and keeps a month-precision date as written', () => {
    expect(name(at('AUS', 'government', '2025-05', 'month'), at('ITA', 'advisory', '2025-05', 'month'))).toBe(
      'May 2025 · Australia · Government-wide ban; Italy · Warning',
    );
  });
  it('names a context action as context, and speaks German', () => {
    expect(name(at('AUS', 'context', '2017', 'year' as 'day'))).toBe('2017 · Australia · Context');
    const de = german(atlas);
    expect(tickName(de, { day: 0, level: 'none', at: 0, actions: [at('AUS', 'context', '2025-02-21')] })).toBe(
      '21. Feb. 2025 · Australia · Hintergrund',
    );
  });
});
