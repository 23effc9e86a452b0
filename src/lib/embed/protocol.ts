/**
 * Height messages in every protocol hosts already speak, and the guards for messages we
 * receive. See the research notes on pym.js 1.3.2, Datawrapper, AMP, WordPress and Canvas.
 * Each outgoing message carries only a number; nothing received is ever rendered or
 * followed as a link.
 */
export interface EmbedParams {
  /** pym.js child id, from `childId` in the query. */
  pymId: string | null;
  /** WordPress embed secret, from `#?secret=` in the hash. */
  secret: string | null;
  /** Key for Datawrapper's message. */
  slug: string;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function readEmbedParams(search: string, hash: string, slug: string): EmbedParams {
  const pym = new URLSearchParams(search).get('childId');
  // WordPress writes the secret as "#?secret=abc"; accept "#secret=abc" too.
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return {
    pymId: pym !== null && SAFE_ID.test(pym) ? pym : null,
    secret: secret !== null && SAFE_ID.test(secret) ? secret : null,
    slug,
  };
}

export type OutgoingMessage = string | Record<string, unknown>;

/** Every height message for the hosts we support, in one list. */
export function heightMessages(height: number, p: EmbedParams): OutgoingMessage[] {
  const h = Math.ceil(height);
  const out: OutgoingMessage[] = [];
  if (p.pymId) out.push(`pymxPYMx${p.pymId}xPYMxheightxPYMx${h}`);
  out.push({ 'datawrapper-height': { [p.slug]: h } });
  out.push({ sentinel: 'amp', type: 'embed-size', height: h });
  if (p.secret) out.push({ message: 'height', value: h, secret: p.secret });
  out.push({ subject: 'lti.frameResize', height: h });
  return out;
}

export type Incoming = { kind: 'pym-width'; width: number } | { kind: 'wp-ready' } | { kind: 'ignored' };

/** Reads a message from the parent: only pym's width and WordPress's ready are answered. */
export function readIncoming(data: unknown, p: EmbedParams): Incoming {
  if (typeof data === 'string' && p.pymId) {
    const prefix = `pymxPYMx${p.pymId}xPYMxwidthxPYMx`;
    if (data.startsWith(prefix)) {
      const width = Number(data.slice(prefix.length));
      if (Number.isFinite(width) && width > 0 && width < 100_000) return { kind: 'pym-width', width };
    }
    return { kind: 'ignored' };
  }
  if (data && typeof data === 'object' && p.secret) {
    const m = data as { message?: unknown; secret?: unknown };
    if (m.message === 'ready' && m.secret === p.secret) return { kind: 'wp-ready' };
  }
  return { kind: 'ignored' };
}
