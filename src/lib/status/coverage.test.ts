import { describe, expect, it } from 'vitest';
import { coverageOf, splitNone } from './coverage.ts';
import type { Level } from '../data/types.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

// AAA: actions and a coverage row; BBB: actions, no row; CCC: searched, nothing found;
// DDD: never searched; EEE: searched, nothing found, no note, later search.
// A new atlas in each test: coverageOf indexes an atlas once, and mutation testing must see
// each test build the index.
const atlas = () =>
  atlasOf(['AAA', 'BBB', 'CCC', 'DDD', 'EEE'], {
    actions: [action('a1', 'AAA', '2017-03', 'partial'), action('b1', 'BBB', '2019-01-01', 'advisory')],
    coverage: [
      { jurisdiction: 'AAA', checked: '2025-01-02', result: 'actions', searched: 'x', note: '' },
      { jurisdiction: 'CCC', checked: '2024-12-01', result: 'nothing-found', searched: 'y', note: 'Only a debate.' },
      { jurisdiction: 'EEE', checked: '2025-01-03', result: 'nothing-found', searched: 'z', note: '' },
    ],
  });

describe('coverageOf', () => {
  it.each([
    ['AAA', { state: 'actions', checked: '2025-01-02' }],
    ['BBB', { state: 'actions' }],
    ['CCC', { state: 'checked', checked: '2024-12-01', note: 'Only a debate.' }],
    ['DDD', { state: 'unresearched' }],
    ['EEE', { state: 'checked', checked: '2025-01-03' }],
    ['ZZZ', { state: 'unresearched' }],
  ])('%s', (id, expected) => {
    expect(coverageOf(atlas(), id)).toEqual(expected);
  });

  it('treats every jurisdiction of an atlas without coverage rows and actions as not yet researched', () => {
    expect(coverageOf(atlasOf(['AAA']), 'AAA')).toEqual({ state: 'unresearched' });
  });
});

describe('splitNone', () => {
  const ids = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];

  it('splits the grey jurisdictions into checked and not yet researched, as of the earliest search', () => {
    // On a date when AAA restricts and BBB has not yet acted.
    const levels = new Map<string, Level>([['AAA', 'partial']]);
    expect(splitNone(atlas(), levels, ids)).toEqual({ checked: 3, unresearched: 1, asOf: '2024-12-01' });
  });

  it('counts only the ids asked for, and only those at none', () => {
    const levels = new Map<string, Level>([
      ['AAA', 'partial'],
      ['BBB', 'advisory'],
    ]);
    expect(splitNone(atlas(), levels, ['AAA', 'BBB', 'DDD', 'EEE'])).toEqual({ checked: 1, unresearched: 1, asOf: '2025-01-03' });
    expect(splitNone(atlas(), levels, ['DDD'])).toEqual({ checked: 0, unresearched: 1, asOf: null });
  });

  it('gives the earliest search whatever the order of the ids', () => {
    expect(splitNone(atlas(), new Map(), ['EEE', 'CCC', 'AAA'])).toEqual({ checked: 3, unresearched: 0, asOf: '2024-12-01' });
  });

  it('adds up to the none count', () => {
    const split = splitNone(atlas(), new Map(), ids);
    expect(split.checked + split.unresearched).toBe(ids.length);
  });
});
