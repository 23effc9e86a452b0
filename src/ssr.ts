/** Server entry for the build-time prerender (scripts/prerender.ts): the same shell the page's entry hydrates. */
import { render } from 'svelte/server';
import Explorer from './Explorer.svelte';
import Embed from './Embed.svelte';
import { AppState, type AppInit } from './state/app.svelte.ts';

export function renderApp(init: AppInit, embedded: boolean): { body: string; head: string; sentence: string } {
  const app = new AppState(init);
  const { body, head } = render(embedded ? Embed : Explorer, { props: { app, showUrls: false } });
  return { body, head, sentence: app.time.sentence };
}
