/**
 * Effects that mirror the app state outside the component tree: the URL (replaceState,
 * throttled while playing) and the theme attribute on <html>.
 */
import type { AppState } from './app.svelte';

const PLAYING_URL_MS = 500;

/** `url: false` in the embed: its state lives in the host's snippet, and its query carries the host's ids. */
export function syncDocument(app: AppState, { url = true } = {}): () => void {
  return $effect.root(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = (query: string): void => {
      last = Date.now();
      try {
        history.replaceState(history.state, '', query ? `?${query}${location.hash}` : `${location.pathname}${location.hash}`);
      } catch {
        // Some sandboxed frames refuse history changes; the view still works without them.
      }
    };
    $effect(() => {
      if (!url) return;
      const query = app.query();
      if (timer) clearTimeout(timer);
      const wait = app.playing ? last + PLAYING_URL_MS - Date.now() : 0;
      if (wait <= 0) write(query);
      else timer = setTimeout(() => write(query), wait);
    });
    $effect(() => {
      const root = document.documentElement;
      if (app.theme === 'auto') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', app.theme);
    });
  });
}
