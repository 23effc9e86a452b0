// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { countryShapes, markerShapes, type CountryLook } from '../lib/geo/country-shapes.ts';
import type { Level } from '../lib/data/types.ts';
import { paintCountries, paintMarkers } from './paint-countries.ts';

const plain: CountryLook = { level: 'none', context: false, dim: false, hovered: false, unresearched: false };
const countries = [
  { id: 'DEU', d: 'M1,2Z', marker: null },
  { id: 'LUX', d: '', marker: [5, 6] as [number, number] },
  { id: 'NLD', d: 'M3,4Z', marker: null, target: [7, 8] as [number, number] },
];

function group(markup: string): SVGGElement {
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  g.innerHTML = markup;
  return g;
}

describe('paintCountries', () => {
  it("rewrites each shape's class and status, and leaves the shapes themselves", () => {
    const g = group(countryShapes(countries, () => plain));
    const deu = g.querySelector('[data-id="DEU"]');
    paintCountries(g, (id) => (id === 'DEU' ? { ...plain, level: 'government', hovered: true } : { ...plain, dim: true }));
    expect(g.querySelector('[data-id="DEU"]')).toBe(deu);
    expect([deu?.getAttribute('class'), deu?.getAttribute('data-status')]).toEqual(['s-government hovered', 'government']);
    expect(g.querySelector('[data-id="LUX"]')?.getAttribute('class')).toBe('s-none dim');
  });
});

describe('paintMarkers', () => {
  const levels = (level: Level) => (): CountryLook => ({ ...plain, level });
  const marks = (g: Element) =>
    [...g.querySelectorAll('.mark')].map((m) =>
      ['cx', 'cy', 'r', 'data-id', 'class', 'data-status'].map((a) => m.getAttribute(a)),
    );

  it('adds a marker after a tiny state that gains a level, restyles it, and removes it when the level goes', () => {
    const g = group(markerShapes(countries, 10, levels('none')));
    expect(marks(g)).toEqual([]);
    paintMarkers(g, levels('partial'), 10);
    expect(marks(g)).toEqual([['5', '6', '4.5', 'LUX', 'mark s-partial', 'partial']]);
    expect(g.querySelector('.hit[data-id="LUX"]')?.nextElementSibling?.classList.contains('mark')).toBe(true);
    const mark = g.querySelector('.mark');
    paintMarkers(g, () => ({ ...plain, level: 'government', dim: true }), 10);
    expect(g.querySelector('.mark')).toBe(mark);
    expect(marks(g)).toEqual([['5', '6', '4.5', 'LUX', 'mark s-government dim', 'government']]);
    paintMarkers(g, levels('none'), 10);
    expect(marks(g)).toEqual([]);
  });

  it('sizes every tap target, markers and small countries alike', () => {
    const g = group(markerShapes(countries, 10, levels('advisory')));
    paintMarkers(g, levels('advisory'), 24);
    expect([...g.querySelectorAll('.hit')].map((h) => h.getAttribute('r'))).toEqual(['24', '24']);
    expect(g.querySelectorAll('.mark').length).toBe(1);
  });
});
