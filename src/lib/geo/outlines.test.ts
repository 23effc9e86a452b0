import { describe, expect, it } from 'vitest';
import { buildOutlines } from './outlines.ts';
import { regionProjection } from './model.ts';
import { pathBounds } from './svgpath.ts';
import type { Region } from './regions.ts';
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

  it('gives a period before the first member joins an empty outline, and one too small to draw an empty path', () => {
    expect(build().region).toBe('world');
    expect(build().alliances.later).toEqual([
      { from: '2005-01-01', to: '2008-04-30', members: [], d: '' },
      { from: '2008-05-01', to: null, members: ['MLT'], d: '' },
    ]);
  });
});

describe('buildOutlines in a region', () => {
  const since = parseDay('2005-01-01') as number;
  // Germany stretched east past Africa's frame (60°E), Malta north of it.
  const wide = structuredClone(squares);
  wide.arcs[2] = [
    [10, 10],
    [70, 10],
    [70, 0],
    [10, 0],
  ];
  const build = (region: Region) =>
    buildOutlines(
      wide,
      [alliance('ab', [member('FRA', '2000'), member('DEU', '2000')]), alliance('m', [member('MLT', '2000')])],
      since,
      600,
      region,
    );

  it("draws in the region's projection, the one its map model uses", () => {
    const africa = build('africa');
    expect(africa.region).toBe('africa');
    const { projection } = regionProjection('africa', 600);
    // France's west edge (0°E), where the region's map puts it.
    const west = (projection([0, 5]) as [number, number])[0];
    expect(Math.abs(pathBounds(africa.alliances.ab[0].d)[0][0] - west)).toBeLessThanOrEqual(1.5);
    expect(africa.alliances.ab[0].d).not.toBe(build('world').alliances.ab[0].d);
  });

  it("cuts a member reaching past the frame just outside the map, so no line runs along the map's edge", () => {
    const { height } = regionProjection('africa', 600);
    const [[x0, y0], [x1, y1]] = pathBounds(build('africa').alliances.ab[0].d);
    expect(x1).toBe(608);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-8);
    expect(y1).toBeLessThanOrEqual(height + 8);
    // Outside the frame altogether: nothing to draw.
    expect(build('africa').alliances.m[0].d).toBe('');
    expect(build('europe').alliances.ab[0].d).toBe('');
  });
});
