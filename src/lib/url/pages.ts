import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

/**
 * Where each atlas's pages live. The default atlas (the first in atlases.json) keeps the site's
 * root (`./`, `embed/`); every other atlas has its own folder (`tiktok/`, `tiktok/embed/`), each
 * page prerendered with that atlas's map, so it paints before any script runs. `?atlas=` on the
 * root pages still works: the app then fetches and draws the other atlas.
 */

/** The folder of an atlas's pages under the site's root: '' for the default atlas, `<id>/` for the others. */
export function atlasDir(id: string, atlases: readonly string[]): string {
  return id === atlases[0] ? '' : `${id}/`;
}

/**
 * The folder of a page under the site's root: the language's folder (none for English), then the
 * atlas's ('de/tiktok/' for TikTok in German, '' for the default atlas in English).
 */
export function pageDir(locale: string, atlasFolder: string): string {
  return `${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${atlasFolder}`;
}

/** The relative way back from a folder under the site's root to the root: '' → './', 'a/embed/' → '../../'. */
export function rootFrom(dir: string): string {
  const depth = dir.split('/').filter(Boolean).length;
  return depth ? '../'.repeat(depth) : './';
}

/**
 * The atlas a page URL of ours is about: its folder's (`<site>tiktok/…`), else its atlas=
 * parameter's, else the default. Null for a URL that is not ours.
 */
export function atlasOfPage(pageUrl: URL, siteUrl: string, atlases: readonly string[]): string | null {
  if (!pageUrl.href.startsWith(siteUrl)) return null;
  const parts = pageUrl.href.slice(siteUrl.length).split(/[/?#]/);
  // A language's folder comes first (de/tiktok/): the atlas's folder follows it.
  const first = (LOCALES as readonly string[]).includes(parts[0]) && parts[0] !== DEFAULT_LOCALE ? parts[1] : parts[0];
  if (first !== atlases[0] && atlases.includes(first)) return first;
  const asked = pageUrl.searchParams.get('atlas');
  return asked !== null && atlases.includes(asked) ? asked : atlases[0];
}
