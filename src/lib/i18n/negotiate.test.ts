import { describe, expect, it } from 'vitest';
import { isLocale, negotiate, primaryLocale } from './negotiate.ts';

describe('negotiate', () => {
  const none = { param: null, page: null, browser: [] };
  it('follows lang= first, then the page, then the browser, then English', () => {
    expect(negotiate({ param: 'pl', page: 'de', browser: ['fr'] })).toBe('pl');
    expect(negotiate({ param: null, page: 'de', browser: ['fr'] })).toBe('de');
    expect(negotiate({ param: null, page: null, browser: ['pt-BR', 'fr-CA', 'de'] })).toBe('fr');
    expect(negotiate(none)).toBe('en');
  });

  it('passes over unknown values without an error', () => {
    expect(negotiate({ param: 'xx', page: null, browser: [] })).toBe('en');
    expect(negotiate({ param: '<script>', page: 'uk', browser: [] })).toBe('uk');
    expect(negotiate({ param: '', page: null, browser: ['ja'] })).toBe('en');
  });

  it('offers only the supported locales', () => {
    expect(negotiate({ param: 'pl', page: null, browser: ['de-AT'] }, ['en', 'de'])).toBe('de');
    expect(negotiate({ param: null, page: 'pl', browser: [] }, ['en', 'de'])).toBe('en');
  });

  it('reads primary subtags and locales', () => {
    expect(primaryLocale('DE-at')).toBe('de');
    expect(primaryLocale('pt-BR')).toBeNull();
    expect(isLocale('lt')).toBe(true);
    expect(isLocale('LT')).toBe(false);
    expect(isLocale(3)).toBe(false);
  });
});
