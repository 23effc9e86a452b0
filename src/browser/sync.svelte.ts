/**
 * Effects that mirror the app state outside the component tree: the URL (replaceState,
 * debounced, with the final state always written) and the theme attribute on <html>.
 */
import type { AppState } from '../state/app.svelte.ts';

const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;

/** `url: false` in the embed: its state lives in the host's snippet, and its query carries the host's ids. */
export function syncDocument(app: AppState, { url = true } = {}): () => void {
  return $effect.root(() => {
    let firstPending = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = (query: string): void => {
      firstPending = 0;
      try {
        history.replaceState(history.state, '', query ? `?${query}${location.hash}` : `${location.pathname}${location.hash}`);
      } catch {
        // Some sandboxed frames refuse history changes; the view still works without them.
      }
    };
    $effect(() => {
      if (!url) return;
      const query = app.query();
      // Written once the date settles (or at least every MAX_WAIT_MS while playing), never in
      // the middle of a burst of key presses, where it would cost a frame.
      if (timer) clearTimeout(timer);
      const now = Date.now();
      firstPending ||= now;
      const wait = Math.min(SETTLE_MS, firstPending + MAX_WAIT_MS - now);
      timer = setTimeout(() => write(query), Math.max(0, wait));
    });
    $effect(() => {
      const root = document.documentElement;
      if (app.ui.theme === 'auto') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', app.ui.theme);
    });
  });
}
