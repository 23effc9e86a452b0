/**
 * The translated columns, read from files made here. Every other rule of the validator is
 * pinned by the broken fixtures (tests/data/fixtures.test.ts), message by message.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from './types.ts';
import { TRANSLATED_LOCALES, perLocale, readShared, validateAlliances, validateAtlas, type Reference } from './validate.ts';

const L = TRANSLATED_LOCALES;
/** A CSV row; values are never quoted here, so none may hold a comma. */
const row = (...values: string[]): string => values.join(',');
const table = (name: string, header: string[], rows: string[][]) => ({
  name,
  text: [row(...header), ...rows.map((r) => row(...r))].join('\n'),
});

function shared(): Reference {
  const result = readShared(
    {
      countries: table('countries.csv', ['iso3', 'numeric', 'name', 'iso2'], [['FRA', '250', 'France', 'FR'], ['XKX', '', 'Kosovo', ' XK ']]),
      bodies: table('bodies.csv', ['id', 'name', 'kind', 'description', ...L.map((l) => `name_${l}`)], [
        ['XEC', 'European Commission', 'executive', 'The executive.', ...L.map((l) => `Commission ${l}`)],
      ]),
      scale: table(
        'scale.csv',
        ['level', 'label', 'definition', ...L.flatMap((l) => [`label_${l}`, `definition_${l}`])],
        LEVELS.map((level) => [level, level, `${level}.`, ...L.flatMap((l) => [` ${level} ${l} `, `${level} ${l}.`])]),
      ),
    },
    new Set(['FRA', 'XKX']),
    20_000,
  );
  expect(result.problems).toEqual([]);
  return result.value as Reference;
}

describe('the locales', () => {
  it('are every site language but English, the language of the data', () => {
    expect(TRANSLATED_LOCALES).toEqual(['de', 'fr', 'it', 'es', 'nl', 'pl', 'uk', 'ro', 'lt']);
    expect(perLocale((l) => l.toUpperCase())).toEqual(Object.fromEntries(L.map((l) => [l, l.toUpperCase()])));
  });
});

describe('readShared', () => {
  it('reads each alpha-2 code, trimmed', () => {
    expect([...shared().iso2]).toEqual([
      ['FRA', 'FR'],
      ['XKX', 'XK'],
    ]);
  });

  it("keeps each level's translations apart from the English scale, trimmed", () => {
    const ref = shared();
    expect(ref.scale[1]).toEqual({ level: 'cleared', label: 'cleared', definition: 'cleared.' });
    expect(ref.text.pl.scale.cleared).toEqual({ label: 'cleared pl', definition: 'cleared pl.' });
    expect(Object.keys(ref.text.lt.scale)).toEqual([...LEVELS]);
  });

  it("keeps each body's translated name apart from the English one", () => {
    const ref = shared();
    expect(ref.bodies.get('XEC')).toBe('European Commission');
    expect(ref.text.uk.bodies).toEqual({ XEC: 'Commission uk' });
  });
});

describe('validateAlliances', () => {
  it('returns the translations beside the English alliances, which do not grow', () => {
    const header = ['id', 'name', 'short', 'description', ...L.flatMap((l) => [`name_${l}`, `short_${l}`, `description_${l}`])];
    const result = validateAlliances(
      {
        alliances: table('alliances.csv', header, [['nato', 'NATO', 'NATO', 'Alliance.', ...L.flatMap((l) => [`N ${l}`, `S ${l}`, `D ${l}.`])]]),
        memberships: table('memberships.csv', ['alliance', 'member', 'from', 'to', 'notes'], [['nato', 'FRA', '1949-08-24', '', '']]),
      },
      shared(),
    );
    expect(result.problems).toEqual([]);
    expect(result.value?.alliances[0]).toEqual({
      id: 'nato',
      name: 'NATO',
      short: 'NATO',
      description: 'Alliance.',
      members: [{ member: 'FRA', from: { iso: '1949-08-24', precision: 'day' }, to: null, notes: '' }],
    });
    expect(result.text?.fr).toEqual({ nato: { name: 'N fr', short: 'S fr', description: 'D fr.' } });
  });

  it('returns no translations when the tables do not compile', () => {
    const result = validateAlliances(
      { alliances: table('alliances.csv', ['id', 'name', 'short', 'description'], []), memberships: table('memberships.csv', ['x'], []) },
      shared(),
    );
    expect(result.value).toBeNull();
    expect(result.text).toBeNull();
  });
});

describe('validateAtlas', () => {
  const meta = [
    ['key', 'value'],
    ['id', 'acme'],
    ['title', 'Who bans Acme?'],
    ['subject', 'Acme'],
    ['description', 'About Acme.'],
    ['credits', 'Us.'],
    ['last_reviewed', '2020-01-01'],
    ['start', '2019-01-01'],
    ...L.flatMap((l) => [
      [`title_${l}`, `Title ${l}`],
      [`description_${l}`, `Description ${l}`],
    ]),
    ['credits_de', 'Wir.'],
  ];
  const header = ['id', 'jurisdiction', 'date', 'effective', 'ends', 'level', 'category', 'authority', 'instrument', 'scope', 'deadlines', 'summary', 'confidence', 'notes'];
  const action = (id: string, summary: string) => [id, 'FRA', '2019-05-01', '', '', 'advisory', 'advisory', 'Agency', 'Note', 'All', '', summary, 'high', ''];
  const compile = (extra: string[], values: string[][]) =>
    validateAtlas(
      {
        folder: 'acme',
        atlas: table('atlas.csv', meta[0], meta.slice(1)),
        actions: table('actions.csv', [...header, ...extra], [
          [...action('fra-1', 'One.'), ...values[0]],
          [...action('fra-2', 'Two.'), ...values[1]],
        ]),
        sources: table('sources.csv', ['action_id', 'url', 'publisher', 'title', 'published', 'language', 'primary'], [
          ['fra-1', 'https://example.org/1', 'P', 'T', '2019-05-01', 'fr', 'yes'],
          ['fra-2', 'https://example.org/2', 'P', 'T', '2019-05-01', 'fr', 'yes'],
        ]),
      },
      shared(),
    );

  it("gives each locale the atlas's title and description, and only the other keys it translates", () => {
    const result = compile([], [[], []]);
    expect(result.problems).toEqual([]);
    expect(result.text?.de.atlas).toEqual({ title: 'Title de', description: 'Description de', credits: 'Wir.' });
    expect(result.text?.nl).toEqual({ format: 1, locale: 'nl', atlas: { title: 'Title nl', description: 'Description nl' }, actions: {} });
    // The English file does not grow.
    expect(JSON.stringify(result.value)).not.toMatch(/Title de|_de/);
  });

  it('lists only the actions translated in each locale, with only what is translated', () => {
    const result = compile(['summary_de', 'scope_de', 'scope_fr'], [['Eins.', 'Alle', ''], ['', '', 'Tous']]);
    expect(result.problems).toEqual([]);
    expect(result.text?.de.actions).toEqual({ 'fra-1': { summary: 'Eins.', scope: 'Alle' } });
    expect(result.text?.fr.actions).toEqual({ 'fra-2': { scope: 'Tous' } });
    expect(result.text?.it.actions).toEqual({});
  });

  it('takes as a translation only a two-letter suffix', () => {
    const result = compile(['scope_deu'], [[''], ['']]);
    expect(result.problems.map((p) => p.message)).toEqual([`unknown column "scope_deu"; the columns are: ${header.join(',')}`]);
  });

  it('takes no translation in a file that has none, such as sources.csv', () => {
    const result = validateAtlas(
      {
        folder: 'acme',
        atlas: table('atlas.csv', meta[0], meta.slice(1)),
        actions: table('actions.csv', header, []),
        sources: table('sources.csv', ['action_id', 'url', 'publisher', 'title', 'published', 'language', 'primary', 'title_de'], []),
      },
      shared(),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'unknown column "title_de"; the columns are: action_id,url,publisher,title,published,language,primary',
    ]);
  });

  it('holds a translated summary to the same rule as the English one', () => {
    const result = compile(['summary_it'], [['Uno'], ['Due!']]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([[2, '"summary_it" must be one full sentence; end it with a full stop']]);
    expect(result.text).toBeNull();
  });
});
