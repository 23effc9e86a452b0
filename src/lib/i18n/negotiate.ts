/**
 * Which language a page speaks: `lang=` wins, then the locale page's own (its path prefix), then
 * the reader's browser languages (the first supported primary subtag), then English. Anything
 * unknown is passed over silently.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** "de-AT" → de; "pt-BR" → null. */
export function primaryLocale(tag: string): Locale | null {
  const primary = tag.split('-')[0].toLowerCase();
  return isLocale(primary) ? primary : null;
}

export interface Asked {
  /** The `lang` URL parameter, as written. */
  param: string | null;
  /** The locale of the prerendered page (de/, de/embed/...), or null on the root pages. */
  page: Locale | null;
  /** navigator.languages. */
  browser: readonly string[];
}

export function negotiate(asked: Asked, supported: readonly Locale[] = LOCALES): Locale {
  const ok = (l: Locale | null): l is Locale => l !== null && supported.includes(l);
  const param = asked.param === null ? null : primaryLocale(asked.param);
  if (ok(param)) return param;
  if (ok(asked.page)) return asked.page;
  for (const tag of asked.browser) {
    const l = primaryLocale(tag);
    if (ok(l)) return l;
  }
  return DEFAULT_LOCALE;
}
