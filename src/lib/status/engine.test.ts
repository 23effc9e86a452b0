import { describe, expect, it } from 'vitest';
import { StatusEngine } from './engine.ts';
import { dayNumber, parseDay } from '../data/dates.ts';
import type { CompiledAtlas } from '../data/types.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

const atlas: CompiledAtlas = atlasOf(['AAA', 'BBB', 'CCC', 'DDD'], {
  actions: [
    action('a1', 'AAA', '2017-03', 'cleared'),
    action('a2', 'AAA', '2018-06-10', 'partial'),
    action('a3', 'AAA', '2019', 'advisory'),
    action('b1', 'BBB', '2016-01-01', 'government', '2016-12-31'),
    action('b2', 'BBB', '2016-06-01', 'advisory'),
    action('c1', 'CCC', '2020-02-02', 'context'),
  ],
});
const engine = new StatusEngine(atlas);
const d = (iso: string) => parseDay(iso) as number;

describe('StatusEngine.statusOf', () => {
  it.each([
    ['AAA', '2017-02-28', 'none'],
    ['AAA', '2017-03-01', 'cleared'], // month precision counts from the first of the month
    ['AAA', '2018-06-09', 'cleared'],
    ['AAA', '2018-06-10', 'partial'],
    ['AAA', '2019-01-01', 'partial'], // a later but lower action does not lower the status
    ['BBB', '2015-12-31', 'none'],
    ['BBB', '2016-12-31', 'government'], // ends is the last day in force
    ['BBB', '2017-01-01', 'advisory'],
    ['CCC', '2021-01-01', 'none'], // context sets no status
    ['DDD', '2021-01-01', 'none'],
    ['ZZZ', '2021-01-01', 'none'],
  ])('%s on %s is %s', (id, date, level) => {
    expect(engine.statusOf(id, d(date))).toBe(level);
  });
});

describe('StatusEngine queries', () => {
  it('counts every jurisdiction once per level', () => {
    expect(engine.counts(d('2016-07-01'))).toEqual({
      none: 3,
      cleared: 0,
      advisory: 0,
      partial: 0,
      government: 1,
      nationwide: 0,
    });
  });
  it('lists statuses other than none', () => {
    expect(Object.fromEntries(engine.statusesOn(d('2018-07-01')))).toEqual({ AAA: 'partial', BBB: 'advisory' });
  });
  it('names the actions that changed a status between two dates, but not the ones that did not', () => {
    const changes = engine.changesBetween(d('2016-12-31'), d('2019-12-31'));
    expect(changes.map((c) => [c.action.id, c.from, c.to])).toEqual([
      ['a1', 'none', 'cleared'],
      ['a2', 'cleared', 'partial'],
    ]);
  });
  it('walks between action days', () => {
    expect(engine.nextEventDay(d('2016-01-01'))).toBe(d('2016-06-01'));
    expect(engine.previousEventDay(d('2016-06-01'))).toBe(d('2016-01-01'));
    expect(engine.previousEventDay(d('2016-01-01'))).toBeNull();
    expect(engine.nextEventDay(d('2020-02-02'))).toBeNull();
  });
  it('finds the latest action, context included', () => {
    expect(engine.latestAction('CCC', dayNumber(2021, 1, 1))?.id).toBe('c1');
    expect(engine.latestAction('AAA', d('2017-01-01'))).toBeNull();
  });
});
