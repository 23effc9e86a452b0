/**
 * The HTTP headers the site should be served with. `vite preview` sends them (so every
 * end-to-end test runs under them) and the build writes them as `_headers` (Netlify,
 * Cloudflare Pages) and as an nginx snippet.
 */

import { SITE_URL } from './site-url.ts';

export { SITE_URL };

/**
 * Strict CSP. Additions to the baseline, each for a reason:
 * - The deployment origin beside every 'self': a sandboxed frame without allow-same-origin
 *   (WordPress oEmbeds) has an opaque origin, and WebKit matches 'self' against that opaque
 *   origin, so 'self' alone blocks our own scripts, styles and data there. Naming the origin
 *   allows exactly what 'self' allows everywhere else: nothing from any other host.
 * - frame-src 'self': the "Embed this" dialog previews our own embed page in a frame.
 * - img-src blob: the PNG export and the time-lapse video draw the slide's SVG from a Blob URL image.
 *   The video is encoded on the page's thread (no worker) and never played by the site: no media-src.
 * - font-src 'self': harmless today (we load no fonts) and keeps a future self-hosted font working.
 * No frame-ancestors: the embed is meant to be framed anywhere.
 */
export function csp(siteUrl: string = SITE_URL): string {
  const self = `'self' ${new URL(siteUrl).origin}`;
  return [
    "default-src 'none'",
    `script-src ${self}`,
    `style-src ${self}`,
    `img-src ${self} data: blob:`,
    `connect-src ${self}`,
    `worker-src ${self} blob:`,
    `frame-src ${self}`,
    `font-src ${self}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const CSP = csp();

export const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  // Sandboxed frames (WordPress oEmbeds) load our scripts and data with Origin: null.
  'Access-Control-Allow-Origin': '*',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export function netlifyHeaders(): string {
  return [
    '/*',
    ...Object.entries(HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export function nginxSnippet(): string {
  return [
    '# Ban Atlas: headers for the site root (include in the server or location block).',
    ...Object.entries(HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`),
    'location /assets/ {',
    '  add_header Cache-Control "public, max-age=31536000, immutable" always;',
    ...Object.entries(HEADERS).map(([k, v]) => `  add_header ${k} "${v}" always;`),
    '}',
    '',
  ].join('\n');
}
