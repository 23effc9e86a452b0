import { describe, expect, it } from 'vitest';
import { labelText, placeLabels } from './labels.ts';

describe('labelText', () => {
  it.each([
    // 7 letters at 10 px: 42 px of text and 4 px of room
    ['Ukraine', 'UKR', 46, 20, 'Ukraine'],
    ['Ukraine', 'UKR', 45, 20, 'UKR'],
    ['Ukraine', 'UKR', 22, 20, 'UKR'],
    ['Ukraine', 'UKR', 21, 20, null],
    // too low for the font, however wide
    ['Ukraine', 'UKR', 200, 11, null],
    ['Ukraine', 'UKR', 200, 12, 'Ukraine'],
  ])('%s in %i × %i px', (name, code, w, h, expected) => {
    expect(labelText(name, code, w, h, 10)).toBe(expected);
  });
});

describe('placeLabels', () => {
  it('scales boxes to pixels, places at the anchor, and drops a label that would overlap an earlier one', () => {
    const items = [
      { id: 'AAA', name: 'Alpha', box: [100, 100, 40, 20] as const },
      // overlaps AAA's label: 2 units right of it
      { id: 'BBB', name: 'Beta', box: [102, 100, 40, 20] as const },
      { id: 'CCC', name: 'Gamma', box: [300, 100, 12, 20] as const },
    ];
    // 2 px per unit: AAA is 80 × 40 px, CCC 24 × 40 px (only its code fits: 18 px and 4 of room)
    expect(placeLabels(items, 2, 10)).toEqual([
      { id: 'AAA', text: 'Alpha', x: 100, y: 100 },
      { id: 'CCC', text: 'CCC', x: 300, y: 100 },
    ]);
  });
  it('keeps labels that only touch, and drops one that overlaps an earlier label by a fraction', () => {
    // 2 px per unit at 10 px: a five-letter label is 30 px (15 units) wide and 10 px (5 units) high.
    const at = (id: string, x: number, y: number) => ({ id, name: 'Alpha', box: [x, y, 40, 20] as const });
    const ids = (items: ReturnType<typeof at>[]) => placeLabels(items, 2, 10).map((l) => l.id);
    expect(ids([at('A', 100, 100), at('B', 115, 100)])).toEqual(['A', 'B']);
    expect(ids([at('A', 100, 100), at('B', 114.9, 100)])).toEqual(['A']);
    expect(ids([at('A', 100, 100), at('B', 85, 100)])).toEqual(['A', 'B']);
    expect(ids([at('A', 100, 100), at('B', 100, 105)])).toEqual(['A', 'B']);
    expect(ids([at('A', 100, 100), at('B', 100, 104.9)])).toEqual(['A']);
    expect(ids([at('A', 100, 100), at('B', 100, 95)])).toEqual(['A', 'B']);
    // Side by side but a row apart, or a column apart but level: no overlap.
    expect(ids([at('A', 100, 100), at('B', 110, 106)])).toEqual(['A', 'B']);
  });
  it('skips a country too small for any label, and keeps placing after it', () => {
    const items = [
      { id: 'AAA', name: 'Alpha', box: [0, 0, 2, 2] as const },
      { id: 'BBB', name: 'Bravo', box: [100, 100, 40, 20] as const },
    ];
    expect(placeLabels(items, 2, 10)).toEqual([{ id: 'BBB', text: 'Bravo', x: 100, y: 100 }]);
  });
  it('places nothing before the map has a size', () => {
    expect(placeLabels([{ id: 'AAA', name: 'A', box: [0, 0, 100, 100] }], 0, 10)).toEqual([]);
  });
});
