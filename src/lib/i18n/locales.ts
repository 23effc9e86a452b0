export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'uk', 'ro', 'lt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
