/**
 * The message catalogues. English is bundled; every other language is its own chunk, fetched
 * only for a reader of that language (so a German page never loads Polish, and the English
 * first load carries no other language). A locale whose catalogue is not written yet maps to
 * null and is offered nowhere: the page stays English rather than half-translated.
 */
import en, { type Messages } from './messages/en.ts';
import { LOCALES, type Locale } from './locales.ts';

const LOADERS: Readonly<Record<Locale, (() => Promise<{ default: Messages }>) | null>> = {
  en: null,
  de: () => import('./messages/de.ts'),
  fr: () => import('./messages/fr.ts'),
  it: () => import('./messages/it.ts'),
  es: () => import('./messages/es.ts'),
  nl: () => import('./messages/nl.ts'),
  pl: () => import('./messages/pl.ts'),
  uk: () => import('./messages/uk.ts'),
  ro: () => import('./messages/ro.ts'),
  lt: () => import('./messages/lt.ts'),
};

/** The locales a reader can have: English and every written catalogue. */
export const AVAILABLE: readonly Locale[] = LOCALES.filter((l) => l === 'en' || LOADERS[l] !== null);

export async function loadMessages(locale: Locale): Promise<Messages> {
  const load = LOADERS[locale];
  return load ? (await load()).default : en;
}

export { en };
