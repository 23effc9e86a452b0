/**
 * Where the site will live. Absolute URLs (oEmbed, social cards, the Atom feeds) need it; set
 * BAN_ATLAS_URL when building for deployment.
 */
export const SITE_URL = (process.env.BAN_ATLAS_URL ?? 'http://127.0.0.1:4173/').replace(/\/?$/, '/');
