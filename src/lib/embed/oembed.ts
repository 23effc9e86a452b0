/**
 * The oEmbed answer for a page of ours: a rich type whose html is the embed frame for the same
 * view, so a URL pasted into WordPress shows the date, overlays and country it was copied with.
 */
import { escapeHtml as esc } from '../text/escape.ts';

/**
 * The view's parameters an embed understands; anything else (view=table, tracking tags) is dropped,
 * and so is atlas=: the embed's folder names the atlas.
 */
const EMBED_PARAMS = ['date', 'country', 'overlays', 'theme', 'title', 'controls'];

export interface OEmbedInput {
  /** Absolute URL of the site's root, ending in "/". */
  siteUrl: string;
  title: string;
  /** The folder of the atlas's pages under the site's root: '' or 'tiktok/' (src/lib/url/pages.ts). */
  dir: string;
  /** The page URL a consumer asks about; null or a foreign URL gives the default view. */
  pageUrl?: string | null;
}

/** The embed's URL in an atlas's folder for a page URL of ours (explorer or embed), with its view's parameters. */
export function embedUrlFor(siteUrl: string, dir: string, pageUrl: string | null | undefined): string {
  const embed = new URL(`${dir}embed/`, siteUrl);
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  if (!page || !page.href.startsWith(siteUrl)) return embed.href;
  // In the page's own order, so the embed's query is the page's; the embed validates every value.
  for (const [key, value] of page.searchParams)
    if (EMBED_PARAMS.includes(key) && value.length <= 64 && !embed.searchParams.has(key)) embed.searchParams.set(key, value);
  return embed.href.replace(/%2C/g, ',');
}

export function oembedFor(p: OEmbedInput): Record<string, unknown> {
  const src = embedUrlFor(p.siteUrl, p.dir, p.pageUrl);
  return {
    type: 'rich',
    version: '1.0',
    title: p.title,
    provider_name: 'Ban Atlas',
    provider_url: p.siteUrl,
    width: 720,
    height: 640,
    html: `<iframe src="${esc(src)}" title="${esc(p.title)}" width="720" height="640" style="width:100%;border:0" loading="lazy"></iframe>`,
    // Each atlas's folder holds its own preview image.
    thumbnail_url: `${p.siteUrl}${p.dir}preview.png`,
    thumbnail_width: 1200,
    thumbnail_height: 675,
    cache_age: 86400,
  };
}
