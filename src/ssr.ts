/** Server entry for the build-time prerender (scripts/prerender.ts): the same shell the page's entry hydrates. */
import { render } from 'svelte/server';
import Explorer from './Explorer.svelte';
import Embed from './Embed.svelte';
import { AppState, type AppInit } from './state/app.svelte.ts';
import { AVAILABLE, loadMessages } from './lib/i18n/catalogues.ts';
import type { Messages } from './lib/i18n/messages/en.ts';
import type { Localizer } from './lib/i18n/localizer.ts';

export { AVAILABLE };

/** A locale's messages, for the parts of the pages written outside the app (head, noscript). */
export function messages(locale: AppInit['locale'] & string): Promise<Messages> {
  return loadMessages(locale);
}

export async function renderApp(
  init: AppInit,
  embedded: boolean,
): Promise<{ body: string; head: string; sentence: string; t: Localizer }> {
  const messages = init.messages ?? (await loadMessages(init.locale ?? 'en'));
  const app = new AppState({ ...init, messages });
  const { body, head } = render(embedded ? Embed : Explorer, { props: { app, showUrls: false } });
  return { body, head, sentence: app.time.sentence, t: app.t };
}
