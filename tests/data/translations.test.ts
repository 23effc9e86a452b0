/** The real data's translations, compiled exactly as the build compiles them (tests/data/load.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loaded } from './load.ts';
import { ROOT } from '../../scripts/read-data.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/data/validate.ts';
import { LEVELS } from '../../src/lib/data/types.ts';

const countries = parseCsv(readFileSync(join(ROOT, 'data/shared/countries.csv'), 'utf8'));
const column = (name: string): string[] => {
  const i = countries.header.findIndex((h) => h.value === name);
  return countries.rows.map((r) => r.fields[i].value);
};
const iso3 = column('iso3');
const iso2 = column('iso2');
const bodies = parseCsv(readFileSync(join(ROOT, 'data/shared/bodies.csv'), 'utf8')).rows.map((r) => r.fields[0].value);

describe('the alpha-2 codes in countries.csv', () => {
  it('are given for every country, two capital letters each, no two alike', () => {
    expect(iso3.filter((_, i) => iso2[i] === '')).toEqual([]);
    for (const code of iso2) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(iso2).size).toBe(iso2.length);
  });

  it('name the same country as the alpha-3 code (spot checks, Kosovo included)', () => {
    const of = (code: string) => iso2[iso3.indexOf(code)];
    const pairs = { DEU: 'DE', AUT: 'AT', GBR: 'GB', UKR: 'UA', LTU: 'LT', ROU: 'RO', CHN: 'CN', TWN: 'TW', XKX: 'XK', SRB: 'RS' };
    expect(Object.fromEntries(Object.keys(pairs).map((c) => [c, of(c)]))).toEqual(pairs);
    // Where CLDR's English name and the data's agree, the two codes agree too.
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const names = column('name');
    const agree = iso3.filter((_, i) => english.of(iso2[i]) === names[i]);
    expect(agree.length).toBeGreaterThan(200);
  });
});

describe.each(TRANSLATED_LOCALES)('the %s text', (locale) => {
  const shared = loaded.text.shared.find((t) => t.locale === locale);

  it('names every country and body, in that language', () => {
    expect(Object.keys(shared?.countries ?? {}).sort()).toEqual([...iso3, ...bodies].sort());
    const germany = new Intl.DisplayNames([locale], { type: 'region' }).of('DE');
    expect(shared?.countries.DEU).toBe(germany);
    expect(germany).not.toBe('Germany');
  });

  it('has every level, alliance and body in its own words', () => {
    expect(Object.keys(shared?.scale ?? {})).toEqual([...LEVELS]);
    const english = loaded.atlases[0].scale;
    for (const entry of english) expect(shared?.scale[entry.level].label).not.toBe(entry.label);
    expect(Object.keys(shared?.alliances ?? {})).toEqual(loaded.alliances?.alliances.map((a) => a.id));
    for (const a of Object.values(shared?.alliances ?? {})) expect(a.name && a.short && a.description).toBeTruthy();
    for (const id of bodies) expect(shared?.countries[id]).toBeTruthy();
  });

  it.each(['kaspersky', 'tiktok'])('has the %s atlas title and description', (atlas) => {
    const text = loaded.text.atlases[atlas].find((t) => t.locale === locale);
    const english = loaded.atlases.find((a) => a.atlas.id === atlas)?.atlas;
    expect(text?.atlas.title).toBeTruthy();
    expect(text?.atlas.title).not.toBe(english?.title);
    expect(text?.atlas.description).not.toBe(english?.description);
  });
});

describe('a few names a reader will check first', () => {
  const names = (locale: string) => loaded.text.shared.find((t) => t.locale === locale)?.countries ?? {};

  it('come from CLDR, in the short form where the data uses it', () => {
    expect(names('de').DEU).toBe('Deutschland');
    expect(names('fr').DEU).toBe('Allemagne');
    expect(names('uk').UKR).toBe('Україна');
    expect(names('nl').HKG).toBe('Hongkong');
    expect(names('pl').XKX).toBe('Kosowo');
    expect(names('ro').XEC).toBe('Comisia Europeană');
  });

  it('leave the English files as they were: no translation in them', () => {
    const english = JSON.stringify([loaded.atlases, loaded.alliances]);
    expect(english).not.toContain('Landesweites Verbot');
    expect(english).not.toContain('Німеччина');
    expect(english).not.toContain('OTAN');
    expect(english).not.toMatch(/_(de|fr|lt)"/);
  });
});
