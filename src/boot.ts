/**
 * Starts the app in the browser: loads the atlas, then hydrates the prerendered markup (or
 * mounts fresh when the URL asks for another atlas), applies the URL, and starts the effects.
 * A load failure leaves the prerendered map in place with a message and a retry button.
 */
import { flushSync, hydrate, mount, type Component } from 'svelte';
import { AppState } from './state/app.svelte.ts';
import { syncDocument } from './browser/sync.svelte.ts';
import { startEmbedSync } from './browser/embed-sync.ts';
import { todayDay } from './lib/data/dates.ts';
import type { AtlasText, CompiledAlliances, CompiledAtlas, CompiledStory, SharedText } from './lib/data/types.ts';
import { AVAILABLE, en, loadMessages } from './lib/i18n/catalogues.ts';
import { isLocale, negotiate } from './lib/i18n/negotiate.ts';
import { DEFAULT_LOCALE, type Locale } from './lib/i18n/locales.ts';
import type { LocaleSource } from './state/locale.svelte.ts';
import type { MapModel } from './lib/geo/model.ts';
import { modelFromDom } from './browser/model-from-dom.ts';
import { nextTask } from './browser/tasks.ts';
import { sharedFormatter } from './lib/i18n/format.ts';
import { DEFAULT_REGION, modelPath, outlinesPath, PHONE_MEDIA } from './lib/geo/regions.ts';
import type { Outlines } from './lib/geo/outlines.ts';
import './styles/app.css';

interface Initial {
  atlas: string;
  atlases: string[];
  names: Record<string, string>;
  today: number;
  /** The page's language: de/ is prerendered in German. */
  locale?: string;
}

async function getJson<T>(url: URL): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url.pathname}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

/** A locale's data text: null where the data has none (it then stays in the data's language). */
async function optionalJson<T>(url: URL): Promise<T | null> {
  const r = await fetch(url);
  return r.ok ? ((await r.json()) as T) : null;
}

/** Shows the page: region.js hid it before the first paint while another atlas or language was coming. */
function reveal(): void {
  document.documentElement.removeAttribute('data-atlas-pending');
  document.documentElement.removeAttribute('data-lang-pending');
}

function showError(root: HTMLElement, message: string, retry: () => void): void {
  reveal();
  document.getElementById('load-error')?.remove();
  const box = document.createElement('div');
  box.id = 'load-error';
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = en.tryAgain;
  button.addEventListener('click', () => {
    box.remove();
    retry();
  });
  box.append(p, button);
  root.prepend(box);
}

/** An unexpected error: a short message and a way out, never a broken embed. */
export function showFailure(root: HTMLElement, explorer: string): void {
  reveal();
  const box = document.createElement('div');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = `${en.somethingWentWrong} `;
  const a = document.createElement('a');
  a.href = explorer;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = en.openExplorer;
  p.append(a);
  box.append(p);
  root.replaceChildren(box);
}

/** The explorer's or the embed's shell: each entry passes its own, so neither bundles the other's parts. */
export type Shell = Component<{ app: AppState; showUrls?: boolean }>;

export async function boot(shell: Shell, embedded: boolean): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const initial = JSON.parse(root.dataset.initial ?? '{}') as Initial;
  const base = new URL(root.dataset.root ?? './', location.href);
  const asked = new URLSearchParams(location.search).get('atlas');
  const atlasId = asked && initial.atlases.includes(asked) ? asked : initial.atlas;
  let atlas: CompiledAtlas;
  let alliances: CompiledAlliances;
  let model: MapModel;
  const pageLocale: Locale = isLocale(initial.locale) ? initial.locale : DEFAULT_LOCALE;
  const source: LocaleSource = {
    messages: loadMessages,
    shared: (l) => optionalJson<SharedText>(new URL(`data/i18n/${l}.json`, base)),
    atlasText: (l) => optionalJson<AtlasText>(new URL(`data/${atlasId}/i18n/${l}.json`, base)),
  };
  // The page's own language first, as it was prerendered: hydration must see the same words.
  const english = pageLocale === DEFAULT_LOCALE;
  let words: [Awaited<ReturnType<LocaleSource['messages']>>, SharedText | null, AtlasText | null];
  const loading = Promise.all([
    getJson<CompiledAtlas>(new URL(`data/${atlasId}/events.json`, base)),
    getJson<CompiledAlliances>(new URL('data/alliances.json', base)),
    english ? en : loadMessages(pageLocale),
    english ? null : source.shared(pageLocale).catch(() => null),
    english ? null : source.atlasText(pageLocale).catch(() => null),
  ]);
  // Handled where it is awaited, after the steps below; this keeps a quick failure from being
  // reported as unhandled in between.
  loading.catch(() => undefined);
  // While the data downloads, the page's language gets its Intl objects, in tasks of their own
  // rather than inside hydration: the first date loads ICU's data (about 100 ms on a phone), the
  // number and list formats take about 20 ms each. Then the map is read back from the page.
  const f = sharedFormatter(pageLocale);
  await nextTask();
  f.day(initial.today);
  await nextTask();
  f.year(initial.today);
  f.number(0);
  f.list(['', '']);
  await nextTask();
  try {
    // The prerendered page holds the map; only a page without one (dev) fetches it.
    model = modelFromDom(root) ?? (await getJson<MapModel>(new URL(modelPath(DEFAULT_REGION), base)));
    [atlas, alliances, ...words] = await loading;
  } catch {
    showError(root, en.loadFailed, () => {
      void boot(shell, embedded);
    });
    return;
  }
  const showUrls = self.origin === 'null';
  let app: AppState;
  try {
    // Hydrate with exactly the state the page was prerendered with, then move to the URL's.
    app = new AppState({
      atlas,
      alliances,
      model,
      atlases: initial.atlases,
      names: initial.names,
      today: initial.today,
      root: root.dataset.root ?? './',
      pageAtlas: initial.atlas,
      opening: embedded ? undefined : matchMedia(PHONE_MEDIA).matches ? 'phone' : 'wide',
      locale: pageLocale,
      messages: words[0],
      shared: words[1],
      atlasText: words[2],
      localeSource: source,
      fetchOutlines: (region) => getJson<Outlines>(new URL(outlinesPath(region), base)),
      fetchModel: (region) => getJson<MapModel>(new URL(modelPath(region), base)),
      fetchStory: (id) => getJson<CompiledStory>(new URL(`data/${id}/story.json`, base)),
      reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    // The texts the first render reads, computed in this task rather than inside hydration.
    void app.time.sentence;
    void app.time.spreadSentence;
    const props = { app, showUrls };
    await nextTask();
    if (atlasId === initial.atlas && root.dataset.prerendered === 'true') {
      hydrate(shell, { target: root, props });
    } else {
      root.textContent = '';
      mount(shell, { target: root, props });
    }
    await nextTask();
    app.time.setToday(todayDay());
    // lang= first, then the page's language, then the reader's browser (region.js hid the page
    // before its first paint when these differ, so no other language flashes).
    const param = new URLSearchParams(location.search).get('lang');
    // The root pages have no language of their own: there the browser's counts.
    const wanted = negotiate({ param, page: english ? null : pageLocale, browser: navigator.languages ?? [] }, AVAILABLE);
    if (wanted !== pageLocale) await app.locale.set(wanted, wanted === param);
    app.applyUrl(location.search);
    flushSync();
    // region= asked for another map than the prerendered one: region.js hid it before the
    // first paint; show the map again once the region is drawn (or has failed to load).
    if (document.documentElement.dataset.regionPending !== undefined) {
      void app.models.show(app.ui.region).finally(() => {
        flushSync();
        delete document.documentElement.dataset.regionPending;
      });
    }
  } catch (e) {
    console.error(e);
    showFailure(root, new URL(embedded ? '../' : './', location.href).href + location.search);
    return;
  }
  reveal();
  syncDocument(app, { url: !embedded });
  if (embedded) startEmbedSync(atlas.atlas.id);
  // A hook for tests and for newsroom scripts: the map is interactive from here on.
  document.documentElement.dataset.ready = 'true';
  // Fetch the one file the map may still need (the shown region's overlay outlines) while idle,
  // so that the explorer keeps working if the connection drops after the first load. Not in the
  // embed: its overlays come from its URL only (loaded at once when named), so it would never
  // draw them.
  if (embedded) return;
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
  idle(() => void app.outlines.load());
}
