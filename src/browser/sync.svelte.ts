/**
 * Effects that mirror the app state outside the component tree: the URL and the theme attribute
 * on <html>. Opening or changing the country pushes a history entry, so Back closes the panel
 * instead of leaving the site; the date and the overlays replace the entry, debounced, with the
 * final state always written.
 */
import type { AppState } from '../state/app.svelte.ts';

const SETTLE_MS = 250;
const MAX_WAIT_MS = 1000;

/** `url: false` in the embed: its state lives in the host's snippet, and its query carries the host's ids. */
export function syncDocument(app: AppState, { url = true } = {}): () => void {
  const stop = $effect.root(() => {
    let firstPending = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let country = app.ui.country;
    const write = (query: string, push: boolean): void => {
      firstPending = 0;
      const href = query ? `?${query}${location.hash}` : `${location.pathname}${location.hash}`;
      try {
        if (push) history.pushState(null, '', href);
        else history.replaceState(history.state, '', href);
      } catch {
        // Some sandboxed frames refuse history changes; the view still works without them.
      }
    };
    $effect(() => {
      if (!url) return;
      const query = app.query();
      if (app.ui.country !== country) {
        country = app.ui.country;
        if (timer) clearTimeout(timer);
        // Only a newly opened country is a new place to go back from; closing one is not.
        write(query, country !== null);
        return;
      }
      // Written once the date settles (or at least every MAX_WAIT_MS while playing), never in
      // the middle of a burst of key presses, where it would cost a frame.
      if (timer) clearTimeout(timer);
      const now = Date.now();
      firstPending ||= now;
      const wait = Math.min(SETTLE_MS, firstPending + MAX_WAIT_MS - now);
      timer = setTimeout(() => write(query, false), Math.max(0, wait));
    });
    // The page speaks the reader's language: screen readers pick their voice from <html lang>.
    $effect(() => {
      const root = document.documentElement;
      const t = app.t;
      root.lang = t.locale;
      root.dir = 'ltr';
      document.title = `${t.meta('title').text} · Ban Atlas`;
    });
    $effect(() => {
      const root = document.documentElement;
      if (app.ui.theme === 'auto') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', app.ui.theme);
    });
  });
  if (!url) return stop;
  const onpop = (): void => {
    app.applyUrl(location.search);
  };
  window.addEventListener('popstate', onpop);
  return () => {
    window.removeEventListener('popstate', onpop);
    stop();
  };
}
