import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };

describe('plural', () => {
  // Polish and Ukrainian: 1 one, 2–4 and 22–24 few, 0, 5–21 many; Lithuanian: 1 and 21 one, 2–9 and 22 few.
  it.each([
    ['en', [0, 1, 2, 5, 22], ['other', 'one', 'other', 'other', 'other']],
    ['de', [0, 1, 2, 5, 22], ['other', 'one', 'other', 'other', 'other']],
    ['pl', [0, 1, 2, 5, 22], ['many', 'one', 'few', 'many', 'few']],
    ['uk', [0, 1, 2, 5, 22], ['many', 'one', 'few', 'many', 'few']],
    ['lt', [0, 1, 2, 5, 22, 21, 11], ['other', 'one', 'few', 'few', 'few', 'one', 'other']],
  ] as const)('%s', (locale, counts, expected) => {
    expect(counts.map((n) => plural(locale, n, forms))).toEqual(expected);
  });

  it('falls back to `other` when a catalogue leaves a form out', () => {
    expect(plural('pl', 5, { one: 'jedna', other: 'inne' })).toBe('inne');
    expect(plural('pl', 1, { one: 'jedna', other: 'inne' })).toBe('jedna');
  });
});
