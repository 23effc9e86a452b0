/** The snippets the "Embed this" dialog offers, for the current view. */
import { escapeHtml as attr } from '../text/escape.ts';
export interface SnippetInput {
  /** Absolute URL of the embed page with the view's query. */
  embedUrl: string;
  /** Absolute URL of the site's root (where embed-host.js and vendor/ live). */
  siteUrl: string;
  title: string;
  slug: string;
  /** Height for hosts that cannot resize the frame. */
  height: number;
}

export type SnippetKind = 'responsive' | 'pym' | 'fixed';

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
  }
}
