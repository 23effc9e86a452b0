/** Server entry for the build-time prerender (scripts/prerender.ts). */
import { render } from 'svelte/server';
import App from './App.svelte';
import { AppState, type AppInit } from './state/app.svelte.ts';

export function renderApp(init: AppInit, embedded: boolean): { body: string; head: string; sentence: string } {
  const app = new AppState(init);
  const { body, head } = render(App, { props: { app, embedded, showUrls: false } });
  return { body, head, sentence: app.time.sentence };
}
