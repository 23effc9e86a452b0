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

export function formatter(locale: Locale): Format {
  const tag = intlLocale(locale);
  const byPrecision = {
    day: new Intl.DateTimeFormat(tag, DAY),
    month: new Intl.DateTimeFormat(tag, MONTH),
    year: new Intl.DateTimeFormat(tag, YEAR),
  };
  const shortByPrecision = {
    day: new Intl.DateTimeFormat(tag, SHORT_DAY),
    month: new Intl.DateTimeFormat(tag, SHORT_MONTH),
    year: byPrecision.year,
  };
  const list = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
  const number = new Intl.NumberFormat(tag);
  const utc = (iso: string): Date => {
    const [y, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  // French writes the first of a month as an ordinal ("1er mars 2025"); Intl prints "1 mars".
  const ordinal = locale === 'fr' ? (text: string): string => text.replace(/^1 /, '1er ') : (text: string): string => text;
  return {
    locale,
    date: (d, short = false) => ordinal((short ? shortByPrecision : byPrecision)[d.precision].format(utc(d.iso))),
    day: (day) => ordinal(byPrecision.day.format(new Date(day * 86_400_000))),
    year: (day) => byPrecision.year.format(new Date(day * 86_400_000)),
    list: (items) => list.format(items),
    number: (n) => number.format(n),
  };
}
