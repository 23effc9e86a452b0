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
// Built in each test, not at import, so that mutation testing sees which test ran the constructor.
const engine = () => new StatusEngine(atlas);
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
    expect(engine().statusOf(id, d(date))).toBe(level);
  });
});

describe('StatusEngine queries', () => {
  it('counts every jurisdiction once per level', () => {
    expect(engine().counts(d('2016-07-01'))).toEqual({
      none: 3,
      cleared: 0,
      advisory: 0,
      partial: 0,
      government: 1,
      nationwide: 0,
    });
  });
  it('lists statuses other than none', () => {
    expect(Object.fromEntries(engine().statusesOn(d('2018-07-01')))).toEqual({ AAA: 'partial', BBB: 'advisory' });
  });
  it('names the actions that changed a status between two dates, but not the ones that did not', () => {
    const changes = engine().changesBetween(d('2016-12-31'), d('2019-12-31'));
    expect(changes.map((c) => [c.action.id, c.from, c.to])).toEqual([
      ['a1', 'none', 'cleared'],
      ['a2', 'cleared', 'partial'],
    ]);
  });
  it('gives the same exact changes forward and backward, in (earlier, later]', () => {
    const forward = engine().changesBetween(d('2015-06-01'), d('2018-06-10'));
    const expected = [
      ['b1', d('2016-01-01'), 'none', 'government'],
      ['a1', d('2017-03-01'), 'none', 'cleared'],
      ['a2', d('2018-06-10'), 'cleared', 'partial'],
    ];
    expect(forward.map((c) => [c.action.id, c.day, c.from, c.to])).toEqual(expected);
    expect(forward.map((c) => c.jurisdiction)).toEqual(['BBB', 'AAA', 'AAA']);
    // Dragging the slider back over the same dates names the same actions.
    const backward = engine().changesBetween(d('2018-06-10'), d('2015-06-01'));
    expect(backward.map((c) => [c.action.id, c.day, c.from, c.to])).toEqual(expected);
  });
  it('excludes the day moved from and includes the day moved to, in both directions', () => {
    const ids = (from: string, to: string) =>
      engine()
        .changesBetween(d(from), d(to))
        .map((c) => c.action.id);
    expect(ids('2018-06-09', '2018-06-10')).toEqual(['a2']);
    expect(ids('2018-06-10', '2018-06-09')).toEqual(['a2']);
    expect(ids('2018-06-10', '2018-06-11')).toEqual([]);
    expect(ids('2018-06-10', '2018-06-10')).toEqual([]);
    expect(ids('2016-01-01', '2016-06-01')).toEqual([]); // b2 changes nothing under b1
    expect(ids('2020-01-01', '2020-12-31')).toEqual([]); // context changes no status
  });
  it('walks between action days', () => {
    expect(engine().nextEventDay(d('2016-01-01'))).toBe(d('2016-06-01'));
    expect(engine().previousEventDay(d('2016-06-01'))).toBe(d('2016-01-01'));
    expect(engine().previousEventDay(d('2016-01-01'))).toBeNull();
    expect(engine().nextEventDay(d('2020-02-02'))).toBeNull();
  });
  it('does not name an action that repeats the level already in force', () => {
    const e = new StatusEngine({
      ...atlas,
      actions: [action('x1', 'AAA', '2020-01-01', 'partial'), action('x2', 'AAA', '2021-01-01', 'partial')],
    });
    expect(e.changesBetween(d('2019-01-01'), d('2022-01-01')).map((c) => c.action.id)).toEqual(['x1']);
  });
  it('finds the latest action, context included', () => {
    expect(engine().latestAction('CCC', dayNumber(2021, 1, 1))?.id).toBe('c1');
    expect(engine().latestAction('AAA', d('2018-06-10'))?.id).toBe('a2');
    expect(engine().latestAction('AAA', d('2018-06-09'))?.id).toBe('a1');
    expect(engine().latestAction('AAA', d('2017-01-01'))).toBeNull();
  });
});

describe('StatusEngine structure', () => {
  it('lists each action day once, oldest first, context included', () => {
    expect(engine().eventDays).toEqual(
      ['2016-01-01', '2016-06-01', '2017-03-01', '2018-06-10', '2019-01-01', '2020-02-02'].map(d),
    );
    expect(engine().actions.map((a) => a.id)).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'c1']);
    expect(engine().ids).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });
  it('counts only the jurisdictions asked for', () => {
    expect(engine().counts(d('2018-07-01'), ['AAA', 'ZZZ'])).toEqual({
      none: 1,
      cleared: 0,
      advisory: 0,
      partial: 1,
      government: 0,
      nationwide: 0,
    });
  });
  it('lists each jurisdiction’s actions, oldest first', () => {
    expect(
      engine()
        .actionsOf('AAA')
        .map((a) => a.id),
    ).toEqual(['a1', 'a2', 'a3']);
    expect(engine().actionsOf('DDD')).toEqual([]);
  });
  it('takes the highest level in force when actions overlap and end', () => {
    const e = new StatusEngine({
      ...atlas,
      actions: [
        action('x1', 'AAA', '2020-01-01', 'advisory', '2020-12-31'),
        action('x2', 'AAA', '2020-03-01', 'nationwide', '2020-03'),
        action('x3', 'AAA', '2020-03-01', 'partial', '2020-06-30'),
      ],
    });
    expect(
      ['2020-02-29', '2020-03-01', '2020-03-31', '2020-04-01', '2020-06-30', '2020-07-01', '2021-01-01'].map((s) =>
        e.statusOf('AAA', d(s)),
      ),
    ).toEqual(['advisory', 'nationwide', 'nationwide', 'partial', 'partial', 'advisory', 'none']);
    expect(e.changesBetween(d('2019-01-01'), d('2021-01-01')).map((c) => [c.action.id, c.from, c.to])).toEqual([
      ['x1', 'none', 'advisory'],
      ['x2', 'advisory', 'nationwide'],
    ]);
  });
  it('keeps one step per day on which the level changes, and none for context', () => {
    expect(engine().stepsOf('AAA')).toEqual({ days: [d('2017-03-01'), d('2018-06-10')], levels: ['cleared', 'partial'] });
    expect(engine().stepsOf('BBB')).toEqual({ days: [d('2016-01-01'), d('2017-01-01')], levels: ['government', 'advisory'] });
    expect(engine().stepsOf('CCC')).toEqual({ days: [], levels: [] });
    expect(engine().stepsOf('DDD')).toBeNull();
  });
  it('makes one step of actions that start or end on the same day', () => {
    const e = new StatusEngine({
      ...atlas,
      actions: [
        action('x1', 'AAA', '2020-01-01', 'advisory'),
        action('x2', 'AAA', '2020-01-01', 'partial', '2020-12-31'),
        action('x3', 'AAA', '2021-01-01', 'government'),
      ],
    });
    expect(e.stepsOf('AAA')).toEqual({ days: [d('2020-01-01'), d('2021-01-01')], levels: ['partial', 'government'] });
  });
  it('refuses a compiled atlas with an invalid date', () => {
    expect(() => new StatusEngine({ ...atlas, actions: [action('z', 'AAA', '2020-02-30', 'advisory')] })).toThrow(
      'invalid date "2020-02-30" in compiled atlas; rebuild it with npm run data',
    );
  });
});
