import { describe, expect, it } from 'vitest';
import { buildOutlines } from './outlines.ts';
import { squares } from './squares.fixture.ts';
import { parseDay } from '../data/dates.ts';
import type { Alliance, DateRef } from '../data/types.ts';

const ref = (iso: string): DateRef => ({ iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year' });
const member = (code: string, from: string, to: string | null = null) => ({
  member: code,
  from: ref(from),
  to: to ? ref(to) : null,
  notes: '',
});
const alliance = (id: string, members: Alliance['members']): Alliance => ({ id, name: id, short: id, description: '', members });

describe('buildOutlines', () => {
  const since = parseDay('2005-01-01') as number;
  // Built inside each test, not at collection, so mutation testing sees which test ran what.
  const build = () =>
    buildOutlines(
      squares,
      [
        alliance('ab', [
          member('FRA', '2000'),
          member('DEU', '1990', '1995'), // left before `since`: no period of its own
          member('DEU', '2010-01-01', '2015-06'), // month precision: a member until 30 June
          member('XKX', '2012'),
          member('ZZZ', '2012'), // not on the map: listed, not drawn
        ]),
        alliance('later', [member('MLT', '2008-05')]),
      ],
      since,
      600,
    );

  it('has one period per membership, from `since`, with inclusive ends', () => {
    expect(build().width).toBe(600);
    expect(build().alliances.ab.map((p) => [p.from, p.to, p.members])).toEqual([
      ['2005-01-01', '2009-12-31', ['FRA']],
      ['2010-01-01', '2011-12-31', ['DEU', 'FRA']],
      ['2012-01-01', '2015-06-30', ['DEU', 'FRA', 'XKX', 'ZZZ']],
      ['2015-07-01', null, ['FRA', 'XKX', 'ZZZ']],
    ]);
  });

  it('merges neighbours into one outline without their shared border', () => {
    expect(build().alliances.ab.map((p) => p.d)).toEqual([
      'M317 146l-17 0l0-22l17 0z',
      'M317 124l16 0l0 22l-16 0l-17 0l0-22z',
      'M317 124l16 0l0 22l-16 0l-17 0l0-22zm33 22l0-11l8 0l0 11z',
      'M317 146l-17 0l0-22l17 0zm33 0l0-11l8 0l0 11z',
    ]);
  });

  it('labels the largest merged shape at its projected centroid', () => {
    expect(build().alliances.ab.map((p) => p.label)).toEqual([
      [308, 135],
      [317, 135],
      [317, 135],
      [308, 135],
    ]);
  });

  it('labels the largest part even when a smaller one comes first', () => {
    // Members merge in alphabetical order: tiny Malta's part comes before Kosovo's.
    const outlines = buildOutlines(squares, [alliance('mk', [member('MLT', '2000'), member('XKX', '2000')])], since, 600);
    expect(outlines.alliances.mk[0].label).toEqual([354, 140]);
  });

  it('starts a period the day after a member leaves, even when it leaves on `since` itself', () => {
    const outlines = buildOutlines(
      squares,
      [alliance('x', [member('FRA', '2000'), member('DEU', '2000', '2005-01-01')])],
      since,
      600,
    );
    expect(outlines.alliances.x.map((p) => [p.from, p.to, p.members])).toEqual([
      ['2005-01-01', '2005-01-01', ['DEU', 'FRA']],
      ['2005-01-02', null, ['FRA']],
    ]);
  });

  it('gives a period before the first member joins an empty outline at the origin', () => {
    expect(build().alliances.later).toEqual([
      { from: '2005-01-01', to: '2008-04-30', members: [], d: '', label: [0, 0] },
      // Too small to draw at this width, but still labelled.
      { from: '2008-05-01', to: null, members: ['MLT'], d: '', label: [369, 42] },
    ]);
  });
});
