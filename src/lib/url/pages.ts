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
  const first = pageUrl.href.slice(siteUrl.length).split(/[/?#]/)[0];
  if (first !== atlases[0] && atlases.includes(first)) return first;
  const asked = pageUrl.searchParams.get('atlas');
  return asked !== null && atlases.includes(asked) ? asked : atlases[0];
}
