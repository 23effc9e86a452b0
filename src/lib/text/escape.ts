/**
 * The one HTML/XML escape: for text and for double-quoted attribute values, in the prerendered
 * pages, the exported SVG, the embed snippets and the build's head tags.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
