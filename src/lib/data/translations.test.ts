import { describe, expect, it } from 'vitest';
import { countryNames, sharedText } from './translations.ts';
import { perLocale, type Reference } from './validate.ts';

function reference(): Reference {
  return {
    countries: new Map([
      ['DEU', 'Germany'],
      ['HKG', 'Hong Kong'],
      ['GBR', 'United Kingdom'],
      ['BIH', 'Bosnia and Herzegovina'],
      ['XKX', 'Kosovo'],
      ['ZZZ', 'Nowhere'],
      ['QQQ', 'Unknown to CLDR'],
    ]),
    iso2: new Map([
      ['DEU', 'DE'],
      ['HKG', 'HK'],
      ['GBR', 'GB'],
      ['BIH', 'BA'],
      ['XKX', 'XK'],
      ['QQQ', 'QQ'],
    ]),
    mapIds: new Set(),
    bodies: new Map([
      ['XEC', 'European Commission'],
      ['XIN', 'INTERPOL'],
    ]),
    scale: [],
    today: 0,
    text: perLocale((l) => ({
      scale: { none: { label: `none in ${l}`, definition: `nothing in ${l}` } },
      bodies: { XEC: l === 'de' ? 'Europäische Kommission' : `Commission in ${l}`, XIN: '' },
    })),
  };
}

describe('countryNames', () => {
  it('names each country as the Unicode CLDR does in that language', () => {
    const de = countryNames('de', reference());
    expect(de.DEU).toBe('Deutschland');
    expect(de.XKX).toBe('Kosovo');
    expect(countryNames('uk', reference()).DEU).toBe('Німеччина');
    expect(countryNames('lt', reference()).DEU).toBe('Vokietija');
  });

  it("takes CLDR's short form where the data's English name is CLDR's short English one", () => {
    const de = countryNames('de', reference());
    // CLDR's long form is "Sonderverwaltungsregion Hongkong"; the data says "Hong Kong".
    expect(de.HKG).toBe('Hongkong');
    // CLDR's short forms here are "UK" and "Bosnia": the data's long names keep the long forms.
    expect(de.GBR).toBe('Vereinigtes Königreich');
    expect(de.BIH).toBe('Bosnien und Herzegowina');
  });

  it('takes the long form where the data names a country neither way', () => {
    const ref = reference();
    ref.countries.set('GBR', 'Great Britain');
    expect(countryNames('de', ref).GBR).toBe('Vereinigtes Königreich');
  });

  it("keeps the data's English name where there is no alpha-2 code or CLDR has no name", () => {
    const fr = countryNames('fr', reference());
    expect(fr.ZZZ).toBe('Nowhere');
    expect(fr.QQQ).toBe('Unknown to CLDR');
  });

  it("names the bodies as the data translates them, in English where it does not", () => {
    expect(countryNames('de', reference()).XEC).toBe('Europäische Kommission');
    expect(countryNames('pl', reference()).XEC).toBe('Commission in pl');
    expect(countryNames('de', reference()).XIN).toBe('INTERPOL');
  });

  it('lists every country and body, nothing else', () => {
    expect(Object.keys(countryNames('it', reference())).sort()).toEqual(['BIH', 'DEU', 'GBR', 'HKG', 'QQQ', 'XEC', 'XIN', 'XKX', 'ZZZ']);
  });
});

describe('sharedText', () => {
  it('is one file: the locale, its country names, scale and alliances', () => {
    const alliances = { nato: { name: 'OTAN', short: 'OTAN', description: 'Alliance.' } };
    const text = sharedText('fr', reference(), alliances);
    expect(text).toEqual({
      format: 1,
      locale: 'fr',
      countries: countryNames('fr', reference()),
      scale: { none: { label: 'none in fr', definition: 'nothing in fr' } },
      alliances,
    });
    expect(text.countries.DEU).toBe('Allemagne');
  });
});
