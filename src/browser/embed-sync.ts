/**
 * Keeps the host frame sized to the embed: measures the page with a ResizeObserver and posts
 * its height, whenever the whole-pixel height changes, in every protocol hosts speak; answers
 * pym's width and WordPress's ready messages by posting it again.
 */
import { heightMessages, readEmbedParams, readIncoming, type EmbedParams } from '../lib/embed/protocol.ts';

export function startEmbedSync(slug: string): () => void {
  if (window.parent === window) return () => {};
  const params: EmbedParams = readEmbedParams(location.search, location.hash, slug);
  let last = -1;
  let frame = 0;
  const post = (force: boolean): void => {
    const h = Math.ceil(document.body.offsetHeight);
    if (!force && h === last) return;
    last = h;
    for (const m of heightMessages(h, params)) window.parent.postMessage(m, '*');
  };
  const schedule = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => post(false));
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(document.body);
  const onmessage = (e: MessageEvent): void => {
    if (e.source !== window.parent) return;
    if (readIncoming(e.data, params).kind !== 'ignored') post(true);
  };
  window.addEventListener('message', onmessage);
  post(true);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onmessage);
  };
}
