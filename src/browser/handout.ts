/**
 * The printable handout, mounted beside the app only for printing: while it is there,
 * html.printing-handout makes print show it alone. It goes when printing ends.
 */
import { flushSync, mount, unmount } from 'svelte';
import Handout from '../components/downloads/Handout.svelte';
import type { AppState } from '../state/app.svelte.ts';

let shown: { host: HTMLElement; component: ReturnType<typeof mount> } | null = null;

export function hideHandout(): void {
  if (!shown) return;
  void unmount(shown.component);
  shown.host.remove();
  shown = null;
  document.documentElement.classList.remove('printing-handout');
}

export function showHandout(app: AppState): void {
  hideHandout();
  const host = document.createElement('div');
  host.className = 'handout-root';
  document.body.append(host);
  shown = { host, component: mount(Handout, { target: host, props: { app } }) };
  // The print dialog lays the page out at once: the handout must be in the DOM by then.
  flushSync();
  document.documentElement.classList.add('printing-handout');
  addEventListener('afterprint', hideHandout, { once: true });
}
