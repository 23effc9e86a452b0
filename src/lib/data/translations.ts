/**
 * Each locale's shared text file (public/data/i18n/<xx>.json), compiled at build time: the
 * scale, the alliances and the bodies as the data translates them, and the country names of
 * the Unicode CLDR, as the runtime's Intl.DisplayNames gives them.
 */
import type { SharedText } from './types.ts';
import type { Reference, TranslatedLocale } from './validate.ts';

type Names = Pick<Reference, 'countries' | 'iso2' | 'bodies' | 'text'>;

/**
 * Every country and body, named in `locale`. CLDR names a few places twice; the data's
 * English name decides which: where it is CLDR's short English form ("Hong Kong", not "Hong
 * Kong SAR China"), every language takes its short form too. A country without an alpha-2
 * code, or one CLDR does not know, keeps its English name from the data.
 */
export function countryNames(locale: TranslatedLocale, ref: Names): Record<string, string> {
  const region = (lang: string, style: 'long' | 'short') => new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
  const [englishShort, short, long] = [region('en', 'short'), region(locale, 'short'), region(locale, 'long')];
  const names: Record<string, string> = {};
  for (const [iso3, english] of ref.countries) {
    const code = ref.iso2.get(iso3);
    names[iso3] = (code && (english === englishShort.of(code) ? short : long).of(code)) || english;
  }
  for (const [id, english] of ref.bodies) names[id] = ref.text[locale].bodies[id] || english;
  return names;
}

/** The whole shared file of one locale. */
export function sharedText(locale: TranslatedLocale, ref: Reference, alliances: SharedText['alliances']): SharedText {
  return { format: 1, locale, countries: countryNames(locale, ref), scale: ref.text[locale].scale, alliances };
}
