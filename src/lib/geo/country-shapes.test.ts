import { describe, expect, it } from 'vitest';
import { countryClass, countryShapes, markClass, markerShapes, type CountryLook } from './country-shapes.ts';

const plain: CountryLook = { level: 'none', context: false, dim: false, hovered: false, unresearched: false };

describe('countryClass', () => {
  it("names the level's colour alone when nothing else applies", () => {
    expect(countryClass(plain)).toBe('s-none');
    expect(countryClass({ ...plain, level: 'government' })).toBe('s-government');
  });

  it.each<[keyof CountryLook, string]>([
    ['context', 's-partial context'],
    ['dim', 's-partial dim'],
    ['hovered', 's-partial hovered'],
    ['unresearched', 's-partial unresearched'],
  ])('adds %s', (state, expected) => {
    expect(countryClass({ ...plain, level: 'partial', [state]: true })).toBe(expected);
  });

  it('adds every state that applies', () => {
    expect(countryClass({ level: 'none', context: true, dim: true, hovered: true, unresearched: true })).toBe(
      's-none context dim hovered unresearched',
    );
  });
});

describe('countryShapes', () => {
  const countries = [
    { id: 'DEU', d: 'M1,2L3,4Z', marker: null, label: [10, 20, 30, 40] as [number, number, number, number] },
    { id: 'LUX', d: '', marker: [5, 6] as [number, number] },
    { id: 'A"<&', d: 'M0,0"', marker: null },
  ];

  it('draws each country with its hooks, its label box and its look', () => {
    const looks: Record<string, CountryLook> = {
      DEU: { ...plain, level: 'advisory', hovered: true },
      LUX: { ...plain, unresearched: true },
    };
    const html = countryShapes(countries.slice(0, 2), (id) => looks[id]);
    expect(html).toBe(
      '<path d="M1,2L3,4Z" data-id="DEU" data-jurisdiction="DEU" data-status="advisory" data-label="10 20 30 40" class="s-advisory hovered"></path>' +
        '<path d="" data-id="LUX" data-jurisdiction="LUX" data-status="none" class="s-none unresearched"></path>',
    );
  });

  it('escapes what would break out of an attribute', () => {
    expect(countryShapes(countries.slice(2), () => plain)).toBe(
      '<path d="M0,0&quot;" data-id="A&quot;&lt;&amp;" data-jurisdiction="A&quot;&lt;&amp;" data-status="none" class="s-none"></path>',
    );
  });

  it('draws nothing for no countries', () => {
    expect(countryShapes([], () => plain)).toBe('');
  });
});

describe('markerShapes', () => {
  const countries = [
    { id: 'DEU', d: 'M1,2Z', marker: null },
    { id: 'LUX', d: '', marker: [5, 6] as [number, number] },
    { id: 'NLD', d: 'M3,4Z', marker: null, target: [7, 8] as [number, number] },
  ];

  it('gives a tiny state a tap target and a marker in its look, a small country the tap target alone', () => {
    const html = markerShapes(countries, 12.5, () => ({ ...plain, level: 'partial', dim: true }));
    expect(html).toBe(
      '<circle class="hit" cx="5" cy="6" r="12.5" data-id="LUX"></circle>' +
        '<circle class="mark s-partial dim" cx="5" cy="6" r="4.5" data-id="LUX" data-status="partial"></circle>' +
        '<circle class="hit" cx="7" cy="8" r="12.5" data-id="NLD" data-target=""></circle>',
    );
  });

  it('draws no visible marker for a state without a level', () => {
    expect(markerShapes(countries.slice(1, 2), 3, () => plain)).toBe(
      '<circle class="hit" cx="5" cy="6" r="3" data-id="LUX"></circle>',
    );
  });

  it('names the level and the highlight in the marker class', () => {
    expect(markClass({ level: 'none', dim: false })).toBe('mark s-none');
    expect(markClass({ level: 'government', dim: true })).toBe('mark s-government dim');
  });
});
