import { describe, expect, it } from 'vitest';
import { AVAILABLE, en, loadMessages } from './catalogues.ts';
import { LOCALES, type Locale } from './locales.ts';
import { NATIVE_NAMES } from './names.ts';

/** Calls a message with sample arguments: a string with what it was given. */
function sample(message: unknown): string {
  if (typeof message === 'string') return message;
  const fn = message as (...args: unknown[]) => string;
  const args = Array.from({ length: fn.length }, (_, i) => (i % 2 ? 7 : `«${i}»`));
  return fn(...args);
}

/** Words a language spells as English does, checked by its translator ("Format", "Asia"). */
const SAME_AS_ENGLISH: Partial<Record<Locale, string[]>> = {
  de: ['videoFormat'],
  fr: ['dateHeading', 'globe', 'regionEurope', 'pause', 'alliances', 'sources', 'handoutSources', 'videoFormat'],
  it: ['regionOceania', 'regionAsia', 'regionAfrica'],
  es: ['regionAsia'],
  nl: ['contextShort', 'instrument'],
  pl: ['regionOceania', 'videoFormat'],
  ro: ['regionOceania', 'regionAsia', 'regionAfrica', 'contextShort', 'videoFormat'],
};

describe('catalogues', () => {
  it('offers every locale, each with its native name', () => {
    expect(AVAILABLE).toEqual([...LOCALES]);
    expect(Object.keys(NATIVE_NAMES)).toEqual([...LOCALES]);
  });

  it.each(AVAILABLE.filter((l) => l !== 'en'))('%s has every message, none empty, none left in English', async (locale) => {
    const m = await loadMessages(locale);
    expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
    // Messages that read the same in both languages (names, formats, placeholders only).
    const same = new Set([
      ...['kicker', 'zoom', 'region', 'code', 'kindPym', 'kindWordpress', 'kindAmp', 'columnStatus'],
      ...(SAME_AS_ENGLISH[locale] ?? []),
    ]);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const mine = m[key];
      expect(typeof mine, key).toBe(typeof en[key]);
      if (typeof mine === 'function') expect(mine.length, key).toBe((en[key] as (...a: never[]) => string).length);
      const text = sample(mine);
      expect(text.trim(), key).not.toBe('');
      if (!same.has(key) && !/^[«»\d\s:·,;.()-]*$/.test(sample(en[key]).replace(/«\d»/g, '')))
        expect(text, key).not.toBe(sample(en[key]));
      // Every value handed to the message shows up in what it says.
      for (const arg of sample(en[key]).match(/«\d»/g) ?? []) expect(text, key).toContain(arg);
    }
  });

  it('gives English for English, bundled', async () => {
    expect(await loadMessages('en')).toBe(en);
  });
});
