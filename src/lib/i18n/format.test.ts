import { describe, expect, it } from 'vitest';
import { formatter, intlLocale, sharedFormatter } from './format.ts';
import type { Locale } from './locales.ts';

const d = (iso: string, precision: 'day' | 'month' | 'year') => ({ iso, precision });
const day = Date.UTC(2025, 1, 21) / 86_400_000;

describe('dates with their precision, in each language', () => {
  // What Node's ICU prints: whole dates, so the month takes the genitive where the language needs it.
  it.each<[Locale, string, string, string]>([
    ['en', '21 February 2025', 'March 2022', '2017'],
    ['de', '21. Februar 2025', 'März 2022', '2017'],
    ['fr', '21 février 2025', 'mars 2022', '2017'],
    ['it', '21 febbraio 2025', 'marzo 2022', '2017'],
    ['es', '21 de febrero de 2025', 'marzo de 2022', '2017'],
    ['nl', '21 februari 2025', 'maart 2022', '2017'],
    ['pl', '21 lutego 2025', 'marzec 2022', '2017'],
    ['uk', '21 лютого 2025 р.', 'березень 2022 р.', '2017'],
    ['ro', '21 februarie 2025', 'martie 2022', '2017'],
    ['lt', '2025 m. vasario 21 d.', '2022 m. kovas', '2017'],
  ])('%s', (locale, whole, month, year) => {
    const f = formatter(locale);
    expect(f.locale).toBe(locale);
    expect(f.date(d('2025-02-21', 'day'))).toBe(whole);
    expect(f.day(day)).toBe(whole);
    expect(f.date(d('2022-03', 'month'))).toBe(month);
    expect(f.date(d('2017', 'year'))).toBe(year);
    expect(f.year(day)).toBe('2025');
  });

  it('writes the first of a month as an ordinal in French, and no other day', () => {
    const f = formatter('fr');
    expect(f.date(d('2025-03-01', 'day'))).toBe('1er mars 2025');
    expect(f.date(d('2025-03-01', 'day'), true)).toBe('1er mars 2025');
    expect(f.day(Date.UTC(2025, 2, 1) / 86_400_000)).toBe('1er mars 2025');
    expect(f.date(d('2025-03-11', 'day'))).toBe('11 mars 2025');
    expect(f.date(d('2025-03-21', 'day'))).toBe('21 mars 2025');
    expect(f.date(d('2025-03', 'month'))).toBe('mars 2025');
    expect(formatter('en').date(d('2025-03-01', 'day'))).toBe('1 March 2025');
  });

  it('reads dates in UTC, whatever the time zone: the first and last day of a month stay put', () => {
    const f = formatter('en');
    expect(f.date(d('2025-01-01', 'day'))).toBe('1 January 2025');
    expect(f.date(d('2024-12-31', 'day'))).toBe('31 December 2024');
    expect(f.day(0)).toBe('1 January 1970');
  });

  it('shortens the month on request', () => {
    expect(formatter('en').date(d('2025-02-21', 'day'), true)).toBe('21 Feb 2025');
    expect(formatter('de').date(d('2025-05', 'month'), true)).toBe('Mai 2025');
    expect(formatter('pl').date(d('2025-02-21', 'day'), true)).toBe('21 lut 2025');
    expect(formatter('en').date(d('2017', 'year'), true)).toBe('2017');
    expect(formatter('en').date(d('2025-02-21', 'day'), false)).toBe('21 February 2025');
  });
});

describe('lists and numbers', () => {
  it.each<[Locale, string, string]>([
    ['en', 'France, Germany and Italy', '12,345'],
    ['de', 'France, Germany und Italy', '12.345'],
    ['pl', 'France, Germany i Italy', '12\u00a0345'],
    ['uk', 'France, Germany і Italy', '12\u00a0345'],
    ['lt', 'France, Germany ir Italy', '12\u00a0345'],
  ])('%s', (locale, list, number) => {
    const f = formatter(locale);
    expect(f.list(['France', 'Germany', 'Italy'])).toBe(list);
    expect(f.list(['France'])).toBe('France');
    expect(f.number(12345)).toBe(number);
  });

  it('uses British English for en (no serial comma), the locale itself otherwise', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('de')).toBe('de');
  });
});

describe('building the Intl objects', () => {
  /** Counts the objects built of an Intl class while `run` runs. */
  async function counting(run: (built: () => Record<string, number>) => Promise<void>): Promise<void> {
    const names = ['DateTimeFormat', 'ListFormat', 'NumberFormat'] as const;
    const originals = names.map((n) => Intl[n]);
    const counts: Record<string, number> = { DateTimeFormat: 0, ListFormat: 0, NumberFormat: 0 };
    names.forEach((n, i) => {
      const Original = originals[i] as unknown as new (...args: unknown[]) => object;
      Object.defineProperty(Intl, n, {
        configurable: true,
        writable: true,
        value: class extends Original {
          constructor(...args: unknown[]) {
            super(...args);
            counts[n]++;
          }
        },
      });
    });
    try {
      await run(() => ({ ...counts }));
    } finally {
      names.forEach((n, i) => Object.defineProperty(Intl, n, { configurable: true, writable: true, value: originals[i] }));
    }
  }

  it("shares one formatter per locale across the page's Localizers", () => {
    expect(sharedFormatter('it')).toBe(sharedFormatter('it'));
    expect(sharedFormatter('it')).not.toBe(sharedFormatter('es'));
    expect(sharedFormatter('it').date({ iso: '2025-02-21', precision: 'day' })).toBe('21 febbraio 2025');
  });

  it('builds each Intl object when first used, and once', () =>
    counting(async (built) => {
      const f = formatter('ro');
      expect(built()).toEqual({ DateTimeFormat: 0, ListFormat: 0, NumberFormat: 0 });
      expect(f.day(day)).toBe('21 februarie 2025');
      f.day(day);
      expect(built().DateTimeFormat).toBe(1);
      f.year(day);
      f.date(d('2017', 'year'), true);
      expect(built().DateTimeFormat).toBe(2);
      f.date(d('2025-05', 'month'));
      f.date(d('2025-05', 'month'), true);
      f.date(d('2025-05-02', 'day'), true);
      expect(built()).toEqual({ DateTimeFormat: 5, ListFormat: 0, NumberFormat: 0 });
      f.list(['a', 'b']);
      f.list(['a', 'b']);
      f.number(1);
      f.number(2);
      expect(built()).toEqual({ DateTimeFormat: 5, ListFormat: 1, NumberFormat: 1 });
    }));
});
