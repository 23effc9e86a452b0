/**
 * Parent side: what our small host script (embed-host.js) reads from our frames. Kept apart
 * from the child's protocol so the host script bundles nothing else.
 */
/** The height in a message from one of our frames, clamped; null for anything else. */
export function heightFromMessage(data: unknown, slug: string): number | null {
  if (!data || typeof data !== 'object') return null;
  const inner = (data as Record<string, unknown>)['datawrapper-height'];
  if (!inner || typeof inner !== 'object') return null;
  const h = (inner as Record<string, unknown>)[slug];
  return typeof h === 'number' && Number.isFinite(h) ? Math.min(Math.max(h, 100), 4000) : null;
}
