/**
 * Dates, lists and numbers in the reader's language, through Intl only. A date keeps its
 * precision ("März 2022", "2017") and is always formatted whole, never month by month: Polish,
 * Ukrainian and Lithuanian put the month in the genitive inside a date ("21 lutego 2025").
 * The calendar is UTC, like every date in the data.
 */
import type { DateRef } from '../data/types.ts';
import type { Locale } from './locales.ts';

/** The Intl locale for a UI locale: British English keeps "21 February 2025" and no serial comma. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const DAY: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { timeZone: 'UTC', month: 'long', year: 'numeric' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { ...DAY, month: 'short' };
const SHORT_MONTH: Intl.DateTimeFormatOptions = { ...MONTH, month: 'short' };
const YEAR: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };

export interface Format {
  readonly locale: Locale;
  /** A date as precise as the data knows it; `short` abbreviates the month where the language does. */
  date(d: Pick<DateRef, 'iso' | 'precision'>, short?: boolean): string;
  /** A day number (days since 1970-01-01). */
  day(day: number): string;
  year(day: number): string;
  /** "A, B und C". */
  list(items: readonly string[]): string;
  number(n: number): string;
}

/** A value built on first use: each Intl object costs a few milliseconds to build on a phone. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const shared = new Map<Locale, Format>();

/**
 * The page's formatter for a locale, one per locale: the app warms its Intl objects before
 * hydration (src/boot.ts) and every Localizer then uses them.
 */
export function sharedFormatter(locale: Locale): Format {
  let f = shared.get(locale);
  if (!f) shared.set(locale, (f = formatter(locale)));
  return f;
}

/**
 * A locale's formatter. Each Intl object is built when first used, never all at once. The first
 * Intl object a page builds loads ICU's locale data (about 100 ms on a mid-range phone, for any
 * object, once per page); a number or list format takes about 20 ms more.
 */
export function formatter(locale: Locale): Format {
  const tag = intlLocale(locale);
  const dates = (options: Intl.DateTimeFormatOptions) => lazy(() => new Intl.DateTimeFormat(tag, options));
  const year = dates(YEAR);
  const byPrecision = { day: dates(DAY), month: dates(MONTH), year };
  const shortByPrecision = { day: dates(SHORT_DAY), month: dates(SHORT_MONTH), year };
  const list = lazy(() => new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' }));
  const number = lazy(() => new Intl.NumberFormat(tag));
  const utc = (iso: string): Date => {
    const [y, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  // French writes the first of a month as an ordinal ("1er mars 2025"); Intl prints "1 mars".
  const ordinal = locale === 'fr' ? (text: string): string => text.replace(/^1 /, '1er ') : (text: string): string => text;
  return {
    locale,
    date: (d, short = false) => ordinal((short ? shortByPrecision : byPrecision)[d.precision]().format(utc(d.iso))),
    day: (day) => ordinal(byPrecision.day().format(new Date(day * 86_400_000))),
    year: (day) => year().format(new Date(day * 86_400_000)),
    list: (items) => list().format(items),
    number: (n) => number().format(n),
  };
}
