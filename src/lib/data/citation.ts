/**
 * How to cite an atlas: APA 7 and BibTeX, both versioned by the atlas's "data as of" date, since
 * the same title cites different data from one review to the next. Used by the methodology page's
 * example and the explorer's download menu.
 */
import type { CompiledAtlas } from './types.ts';

export interface Citation {
  apa: string;
  bibtex: string;
}

const AUTHOR = 'Ban Atlas contributors';

/** BibTeX treats these as commands or comments; escaped, a title prints as written. */
function tex(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/** `siteUrl` is the site's root, as BAN_ATLAS_URL gives it; a missing final slash is added. */
export function citation(atlas: CompiledAtlas, siteUrl: string): Citation {
  const { id, title, lastReviewed } = atlas.atlas;
  const url = `${siteUrl.replace(/\/?$/, '/')}?atlas=${encodeURIComponent(id)}`;
  const year = lastReviewed.slice(0, 4);
  // A title ending in ? or ! takes no full stop; the bracket describes the work, and names the map's source.
  const apa = `${AUTHOR}. (${year}). ${title} (Version ${lastReviewed}) [Data set; map data from Natural Earth]. Ban Atlas. ${url}`;
  const bibtex = [
    `@misc{banatlas-${id}-${lastReviewed},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {{${tex(title)}}},`,
    `  year = {${year}},`,
    `  version = {${lastReviewed}},`,
    `  publisher = {Ban Atlas},`,
    `  url = {${url}},`,
    `  note = {Data set, data as of ${lastReviewed}. Licensed CC BY 4.0. Map data from Natural Earth (public domain)},`,
    `}`,
  ].join('\n');
  return { apa, bibtex };
}
