import { describe, expect, it } from 'vitest';
import { countsAmong, emptyCounts, summariseDay } from './summary.ts';
import type { Jurisdiction, Level } from '../data/types.ts';

const J: Jurisdiction[] = [
  { id: 'AAA', name: 'Alpha', kind: 'country' },
  { id: 'BBB', name: 'Bravo', kind: 'country' },
  { id: 'CCC', name: 'Charlie', kind: 'country' },
  { id: 'DDD', name: 'Delta', kind: 'country' },
  { id: 'XEP', name: 'Parliament', kind: 'body' },
];
const names = new Map(J.map((j) => [j.id, j.name]));
const nameOf = (id: string) => names.get(id) ?? id;

describe('summariseDay', () => {
  it('counts every jurisdiction once, and the map countries apart', () => {
    const levels = new Map<string, Level>([
      ['AAA', 'partial'],
      ['CCC', 'nationwide'],
      ['XEP', 'advisory'],
    ]);
    const s = summariseDay(levels, J, nameOf);
    expect(s.counts).toEqual({ ...emptyCounts(), none: 2, partial: 1, nationwide: 1, advisory: 1 });
    expect(s.mapCounts).toEqual({ ...emptyCounts(), none: 2, partial: 1, nationwide: 1 });
  });

  it('lists restricting jurisdictions by severity, then by name, leaving out warnings and reviews', () => {
    const levels = new Map<string, Level>([
      ['DDD', 'partial'],
      ['AAA', 'partial'],
      ['BBB', 'government'],
      ['CCC', 'advisory'],
      ['XEP', 'cleared'],
    ]);
    expect(summariseDay(levels, J, nameOf).restricting).toEqual(['BBB', 'AAA', 'DDD']);
  });

  it('gives zeros but for none on an empty day', () => {
    const s = summariseDay(new Map(), J, nameOf);
    expect(s.counts).toEqual({ ...emptyCounts(), none: 5 });
    expect(s.mapCounts).toEqual({ ...emptyCounts(), none: 4 });
    expect(s.restricting).toEqual([]);
  });
});

describe('countsAmong', () => {
  it('counts only the ids given, absent ones as none', () => {
    const levels = new Map<string, Level>([
      ['AAA', 'partial'],
      ['CCC', 'nationwide'],
      ['XEP', 'advisory'],
    ]);
    expect(countsAmong(levels, ['AAA', 'BBB', 'DDD'])).toEqual({ ...emptyCounts(), none: 2, partial: 1 });
    expect(countsAmong(levels, [])).toEqual(emptyCounts());
  });
});
