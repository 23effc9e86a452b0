/** The snippets the "Embed this" dialog offers, for the current view. */
import { escapeHtml as attr } from '../text/escape.ts';
export interface SnippetInput {
  /** Absolute URL of the embed page with the view's query. */
  embedUrl: string;
  /** Absolute URL of the explorer with the same query: what WordPress is given to discover our oEmbed. */
  pageUrl: string;
  /** Absolute URL of the site's root (where embed-host.js and vendor/ live). */
  siteUrl: string;
  title: string;
  slug: string;
  /** Height for hosts that cannot resize the frame. */
  height: number;
  /** Width for hosts that keep the aspect ratio of width × height (AMP's responsive layout). */
  width: number;
}

export type SnippetKind = 'responsive' | 'pym' | 'fixed' | 'wordpress' | 'amp';

export function snippet(kind: SnippetKind, p: SnippetInput): string {
  const title = attr(p.title);
  const src = attr(p.embedUrl);
  switch (kind) {
    case 'responsive':
      return (
        `<iframe src="${src}" title="${title}" data-ban-atlas="${attr(p.slug)}" loading="lazy" scrolling="no" ` +
        `width="100%" height="${p.height}" style="width:100%;border:0"></iframe>\n` +
        `<script src="${attr(p.siteUrl)}embed-host.js" async></script>`
      );
    case 'pym':
      return (
        `<div data-pym-src="${src}" data-pym-title="${title}" data-pym-optionalparams="false"></div>\n` +
        `<script src="${attr(p.siteUrl)}vendor/pym.v1.min.js"></script>`
      );
    case 'fixed':
      return `<iframe src="${src}" title="${title}" loading="lazy" width="100%" height="${p.height}" style="width:100%;border:0" allow="fullscreen"></iframe>`;
    case 'wordpress':
      // Not code: WordPress fetches this page, finds our oEmbed link and asks it for the frame.
      return p.pageUrl;
    case 'amp':
      // amp-iframe resizes on our {sentinel:'amp', type:'embed-size'} message only when it has an
      // overflow element, which it shows when it may not resize (the frame is in view).
      return (
        `<amp-iframe src="${src}" title="${title}" width="${p.width}" height="${p.height}" layout="responsive" ` +
        `sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">\n` +
        `  <div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>\n` +
        `</amp-iframe>`
      );
  }
}
