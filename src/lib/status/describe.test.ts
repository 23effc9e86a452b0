import { describe, expect, it } from 'vitest';
import { changesText, dateValueText, levelLabel, restrictingCount, summarySentence } from './describe.ts';
import { parseDay } from '../data/dates.ts';
import type { CompiledAtlas, Level } from '../data/types.ts';
import type { Counts } from './engine.ts';
import { EMPTY_ATLAS, english, german } from '../i18n/words.fixture.ts';

const atlas: CompiledAtlas = {
  ...EMPTY_ATLAS,
  scale: [
    { level: 'none', label: 'No recorded action', definition: '' },
    { level: 'advisory', label: 'Warning', definition: '' },
    { level: 'government', label: 'Government-wide ban', definition: '' },
  ],
  jurisdictions: [
    { id: 'AUS', name: 'Australia', kind: 'country' },
    { id: 'ITA', name: 'Italy', kind: 'country' },
  ],
  actions: [],
  coverage: [],
};
const en = english(atlas);
const de = german(atlas, {
  format: 1,
  locale: 'de',
  countries: { AUS: 'Australien' },
  scale: { government: { label: 'Regierungsweites Verbot', definition: '' } },
  alliances: {},
});
const change = (jurisdiction: string, to: Level) => ({ jurisdiction, to });
const day = parseDay('2025-03-01') as number;
const counts = (restricting: number, advisory = 0): Counts => ({
  none: 0,
  cleared: 0,
  advisory,
  partial: 0,
  government: restricting,
  nationwide: 0,
});

describe('summarySentence', () => {
  it.each([
    [0, [], 'On 1 March 2025, no government restricted Acme.'],
    [1, ['France'], 'On 1 March 2025, 1 jurisdiction restricted Acme: France.'],
    [2, ['France', 'Germany'], 'On 1 March 2025, 2 jurisdictions restricted Acme: France and Germany.'],
    [3, ['France', 'Germany', 'Italy'], 'On 1 March 2025, 3 jurisdictions restricted Acme: France, Germany and Italy.'],
    [4, ['A', 'B', 'C', 'D'], 'On 1 March 2025, 4 jurisdictions restricted Acme: A, B, C and D.'],
    [5, ['A', 'B', 'C', 'D', 'E'], 'On 1 March 2025, 5 jurisdictions restricted Acme: A, B, C, D and 1 more.'],
  ])('with %i restricting: %j', (n, names, sentence) => {
    expect(summarySentence(en, day, counts(n, 2), names)).toBe(sentence);
  });

  it('keeps names that hold commas whole', () => {
    expect(summarySentence(en, day, counts(2), ['France', 'Virgin Islands, British'])).toBe(
      'On 1 March 2025, 2 jurisdictions restricted Acme: France and Virgin Islands, British.',
    );
  });
});

describe('restrictingCount', () => {
  it('counts partial and above, not warnings or clearances', () => {
    expect(restrictingCount({ none: 9, cleared: 8, advisory: 7, partial: 1, government: 2, nationwide: 4 })).toBe(7);
  });
});

describe('dateValueText', () => {
  it.each([
    [0, '1 March 2025: 0 jurisdictions restrict'],
    [1, '1 March 2025: 1 jurisdiction restricts'],
    [2, '1 March 2025: 2 jurisdictions restrict'],
  ])('%i restricting', (n, text) => {
    expect(dateValueText(en, day, counts(n, 3))).toBe(text);
  });
});

describe('levelLabel and changesText', () => {
  it('labels a level from the scale, or falls back to its name', () => {
    expect(levelLabel(atlas, 'government')).toBe('Government-wide ban');
    expect(levelLabel(atlas, 'partial')).toBe('partial');
  });

  it('names up to three changes, then how many more', () => {
    expect(changesText(en, [])).toBe('');
    expect(changesText(en, [change('AUS', 'government')])).toBe('Australia: Government-wide ban');
    expect(changesText(en, [change('AUS', 'government'), change('ITA', 'advisory'), change('ZZZ', 'none')])).toBe(
      'Australia: Government-wide ban; Italy: Warning; ZZZ: No recorded action',
    );
    const five = [
      change('AUS', 'government'),
      change('ITA', 'advisory'),
      change('AUS', 'none'),
      change('ITA', 'none'),
      change('AUS', 'advisory'),
    ];
    expect(changesText(en, five)).toBe(
      'Australia: Government-wide ban; Italy: Warning; Australia: No recorded action; and 2 more',
    );
    expect(changesText(en, five, 1)).toBe('Australia: Government-wide ban; and 4 more');
  });
});

describe('in German', () => {
  it('writes the sentence, its plural and its list in German, with the data text where translated', () => {
    expect(summarySentence(de, day, counts(0), [])).toBe('Am 1. März 2025 schränkte keine Regierung Acme ein.');
    expect(summarySentence(de, day, counts(1), ['Frankreich'])).toBe(
      'Am 1. März 2025 schränkte 1 Staat oder Organisation Acme ein: Frankreich.',
    );
    expect(summarySentence(de, day, counts(5), ['A', 'B', 'C', 'D', 'E'])).toBe(
      'Am 1. März 2025 schränkten 5 Staaten und Organisationen Acme ein: A, B, C, D und 1 weitere.',
    );
    expect(dateValueText(de, day, counts(2))).toBe('1. März 2025: 2 Staaten und Organisationen mit Einschränkungen');
    expect(changesText(de, [change('AUS', 'government'), change('ITA', 'advisory')])).toBe(
      'Australien: Regierungsweites Verbot; Italy: Warning',
    );
    expect(changesText(de, [change('AUS', 'government'), change('ITA', 'advisory')], 1)).toBe(
      'Australien: Regierungsweites Verbot; und 1 weitere',
    );
  });
});
