/** Each locale's name in its own language, as the language menu offers it. */
import type { Locale } from './locales.ts';

export const NATIVE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  nl: 'Nederlands',
  pl: 'Polski',
  uk: 'Українська',
  ro: 'Română',
  lt: 'Lietuvių',
};
