import { describe, expect, it } from 'vitest';
import { matchNames } from './match.ts';

const items = [
  { id: 'TUR', name: 'Türkiye' },
  { id: 'CIV', name: "Côte d'Ivoire" },
  { id: 'NER', name: 'Niger' },
  { id: 'NGA', name: 'Nigeria' },
  { id: 'KOR', name: 'South Korea' },
  { id: 'PRK', name: 'North Korea' },
  { id: 'USA', name: 'United States' },
  { id: 'GBR', name: 'United Kingdom' },
  { id: 'AUS', name: 'Australia' },
  { id: 'AUT', name: 'Austria' },
  { id: 'MUS', name: 'Mauritius' },
];
const names = (q: string): string[] => matchNames(items, q).map((i) => i.name);

describe('matchNames', () => {
  it('ignores accents and case', () => {
    expect(names('turkiye')).toEqual(['Türkiye']);
    expect(names('Cote')).toEqual(["Côte d'Ivoire"]);
    expect(names('IVOIRE')).toEqual(["Côte d'Ivoire"]);
  });
  it('puts prefix matches before infix matches, each alphabetical', () => {
    // "Austria" and "Australia" start with "aus"; "Mauritius" only contains "au".
    expect(names('au')).toEqual(['Australia', 'Austria', 'Mauritius']);
    expect(names('korea')).toEqual(['North Korea', 'South Korea']);
    expect(names('stra')).toEqual(['Australia']);
  });
  it('an exact name or a full code comes first', () => {
    expect(names('niger')).toEqual(['Niger', 'Nigeria']);
    expect(names('usa')[0]).toBe('United States');
  });
  it('ranks a name that starts with the query, then one with a word that does, then one that merely contains it', () => {
    const world = [
      { id: 'GNQ', name: 'Equatorial Guinea' },
      { id: 'GNB', name: 'Guinea-Bissau' },
      { id: 'GIN', name: 'Guinea' },
      { id: 'PNG', name: 'Papua New Guinea' },
      { id: 'GTM', name: 'Guatemala' },
      { id: 'MKD', name: 'North Macedonia' },
      { id: 'MLT', name: 'Malta' },
      { id: 'SOM', name: 'Somalia' },
      { id: 'COD', name: 'Congo (Kinshasa)' },
      { id: 'CIV', name: "Côte d'Ivoire" },
    ];
    const find = (q: string): string[] => matchNames(world, q).map((i) => i.name);
    expect(find('guinea')).toEqual(['Guinea', 'Guinea-Bissau', 'Equatorial Guinea', 'Papua New Guinea']);
    expect(find('ma')).toEqual(['Malta', 'North Macedonia', 'Guatemala', 'Somalia']);
    // Words start after a hyphen, an apostrophe or a bracket too.
    expect(find('bissau')).toEqual(['Guinea-Bissau']);
    expect(find('kin')).toEqual(['Congo (Kinshasa)']);
    expect(find('ivo')).toEqual(["Côte d'Ivoire"]);
    expect(find('oire')).toEqual(["Côte d'Ivoire"]);
  });
  it('an empty query lists everything alphabetically; no match gives nothing', () => {
    expect(names('  ')).toEqual([...items.map((i) => i.name)].sort((a, b) => a.localeCompare(b)));
    expect(names('xyz')).toEqual([]);
  });
});
