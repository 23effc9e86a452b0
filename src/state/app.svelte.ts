/**
 * The app's state, composed of one small rune class per concern: the date and its levels
 * (`time`), play (`playback`), the live region (`announcer`), the alliance outlines
 * (`outlines`) and what the reader chose to look at (`ui`). This class only wires them
 * together and maps them to and from the URL. Components read the parts and call methods;
 * none assigns a field.
 */
import { getContext, setContext } from 'svelte';
import type { TimelineKey } from '../lib/timeline/controller.ts';
import { changesText } from '../lib/status/describe.ts';
import { LocaleState, type LocaleSource } from './locale.svelte.ts';
import type { Localizer } from '../lib/i18n/localizer.ts';
import { AVAILABLE, en } from '../lib/i18n/catalogues.ts';
import type { Messages } from '../lib/i18n/messages/en.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales.ts';
import type { AtlasText, SharedText } from '../lib/data/types.ts';
import { todayDay } from '../lib/data/dates.ts';
import type { Outlines } from '../lib/geo/outlines.ts';
import type { MapModel } from '../lib/geo/model.ts';
import type { CompiledAlliances, CompiledAtlas } from '../lib/data/types.ts';
import { parseUrlState, serializeUrlState, type Theme, type UrlContext, type UrlState } from '../lib/url/state.ts';
import { TimeState } from './time.svelte.ts';
import { Playback } from './playback.svelte.ts';
import { Announcer } from './announcer.svelte.ts';
import { OutlineLoader } from './outlines.svelte.ts';
import { UiState } from './ui.svelte.ts';
import { MapModels } from './models.svelte.ts';
import { DEFAULT_REGION, isRegion, type Region } from '../lib/geo/regions.ts';

export interface AppInit {
  atlas: CompiledAtlas;
  alliances: CompiledAlliances;
  atlases: readonly string[];
  /** Each atlas's subject, by id, for the atlas switcher. */
  names?: Readonly<Record<string, string>>;
  /** The day the page treats as today; the prerender passes its build day. */
  today?: number;
  /** The projected map, as prerendered into the page. */
  model: MapModel;
  /** Fetches a region's projected map; the browser passes its adapter, tests a fixture. */
  fetchModel?: (region: Region) => Promise<MapModel>;
  /** Fetches the alliance outlines; the browser passes its adapter, tests a fixture. */
  fetchOutlines?: () => Promise<Outlines>;
  /** Whether the reader asked for reduced motion; read when play starts. */
  reducedMotion?: () => boolean;
  /** URL of the site's root, where data/ lives (the WebGL map fetches the topology from there). */
  root?: string;
  /** The site's root relative to the page, for links in the markup ("./", "../", "../../"). */
  home?: string;
  /** The page's language and its words, as the page was prerendered: English unless given. */
  locale?: Locale;
  messages?: Messages;
  shared?: SharedText | null;
  atlasText?: AtlasText | null;
  /** Loads another language's words; the browser passes its adapter. */
  localeSource?: LocaleSource;
}

/** What the embed dialog lets a desk choose on top of the view. */
export interface EmbedChoices {
  /** True: the shown date, always; false: follow today. */
  pinDate: boolean;
  title: boolean;
  controls: boolean;
  theme: Theme;
  /** The embed's language: its snippets point at that locale's page. */
  lang: Locale;
}

export class AppState {
  readonly models: MapModels;
  readonly root: string;
  readonly home: string;
  readonly locale: LocaleState;
  readonly time: TimeState;
  readonly playback: Playback;
  readonly announcer: Announcer;
  readonly outlines: OutlineLoader;
  readonly ui: UiState;
  private readonly atlases: readonly string[];
  /** The atlases a reader can switch to: id and subject, the default first. */
  readonly atlasChoices: readonly { id: string; name: string }[];

  readonly urlContext = $derived.by<UrlContext>(() => ({
    atlases: this.atlases,
    defaultAtlas: this.atlases[0],
    alliances: this.time.alliances.alliances.map((a) => a.id),
    minDay: this.time.minDay,
    maxDay: this.time.maxDay,
    jurisdictions: new Set(this.time.names.keys()),
    defaultRegion: this.defaultRegion,
  }));

  constructor(init: AppInit) {
    this.models = new MapModels(init.model, init.fetchModel ?? (() => Promise.reject(new Error('no model source'))));
    this.root = init.root ?? './';
    this.home = init.home ?? './';
    const locale = init.locale ?? DEFAULT_LOCALE;
    this.locale = new LocaleState(
      init.atlas,
      { locale, messages: init.messages ?? en, shared: init.shared, atlasText: init.atlasText },
      init.localeSource ?? null,
    );
    this.atlases = init.atlases;
    this.atlasChoices = init.atlases.map((id) => ({ id, name: init.names?.[id] ?? id }));
    this.time = new TimeState(init.atlas, init.alliances, init.today ?? todayDay(), () => this.locale.t);
    const time = this.time;
    this.announcer = new Announcer(
      (id) => time.statusOf(id),
      (changes) => changesText(this.locale.t, changes),
    );
    this.playback = new Playback(
      () => time.timeline,
      () => time.day,
      (day) => this.setDay(day),
      init.reducedMotion ?? (() => false),
    );
    this.outlines = new OutlineLoader(init.fetchOutlines ?? (() => Promise.reject(new Error('no outline source'))));
    this.ui = new UiState(
      (id) => time.names.has(id),
      init.alliances.alliances.map((a) => a.id),
    );
    this.ui.setRegion(this.models.region);
  }

  /** The reader's language: messages (`t.m`), formatting (`t.f`) and the data's text in it. */
  get t(): Localizer {
    return this.locale.t;
  }

  /** Where this language's pages live, relative to the page: "de/" for German, "" for English. */
  localePath(locale: Locale = this.locale.current): string {
    return `${this.home}${locale === DEFAULT_LOCALE ? '' : `${locale}/`}`;
  }

  get atlas(): CompiledAtlas {
    return this.time.atlas;
  }

  /** The projected map on screen: the region's once loaded. */
  get model(): MapModel {
    return this.models.model;
  }

  /** The region the atlas opens on (atlas.csv may name one). */
  get defaultRegion(): Region {
    const r = this.time.atlas.atlas.region;
    return isRegion(r) ? r : DEFAULT_REGION;
  }

  /** Another region view: the map re-projects once its model is here; colours stay as they are. */
  setRegion(region: Region): Promise<void> {
    this.ui.setRegion(region);
    return this.models.show(region);
  }

  /** Moves the date and queues an announcement of what changed on the way. */
  setDay(day: number): void {
    this.announcer.before(this.time.changesTo(day));
    this.time.setDay(day);
    this.announcer.queue();
  }

  /** A slider key: the reader takes over from play. */
  key(key: TimelineKey): void {
    this.playback.pause();
    this.setDay(this.time.keyTarget(key));
  }

  /** A drag or click on the slider. */
  scrub(day: number): void {
    this.playback.pause();
    this.setDay(day);
  }

  nextAction(): void {
    const d = this.time.timeline.next(this.time.day);
    if (d !== null) this.setDay(d);
  }

  previousAction(): void {
    const d = this.time.timeline.previous(this.time.day);
    if (d !== null) this.setDay(d);
  }

  /** The state as URL parameters; a date equal to today is left out. */
  toUrl(): UrlState {
    const { time, ui } = this;
    return {
      atlas: time.atlas.atlas.id,
      date: time.day === time.maxDay ? null : time.day,
      country: ui.country,
      overlays: [...ui.overlays],
      view: ui.view,
      theme: ui.theme,
      region: ui.region,
      title: ui.showTitle,
      controls: ui.showControls,
      lang: this.locale.chosen && this.locale.current !== this.locale.page ? this.locale.current : null,
    };
  }

  query(): string {
    return serializeUrlState(this.toUrl(), this.urlContext);
  }

  /** The query of an embed of this view with the embed dialog's choices; the table view embeds as the map. */
  embedQuery(o: EmbedChoices): string {
    const date = o.pinDate ? this.time.day : null;
    // The language is in the embed page's path (de/embed/), not in its query.
    return serializeUrlState(
      { ...this.toUrl(), view: 'map', date, theme: o.theme, title: o.title, controls: o.controls, lang: null },
      this.urlContext,
    );
  }

  applyUrl(search: string): void {
    const s = parseUrlState(search, this.urlContext);
    this.time.setDay(s.date ?? this.time.maxDay);
    this.ui.select(s.country);
    this.ui.setOverlays(s.overlays);
    this.ui.setView(s.view);
    this.ui.setTheme(s.theme);
    void this.setRegion(s.region);
    this.ui.setEmbedOptions(s.title, s.controls);
    if (s.lang !== null && AVAILABLE.includes(s.lang)) void this.locale.set(s.lang);
  }
}

const KEY = Symbol.for('ban-atlas.app');

export function setAppState(state: AppState): void {
  setContext(KEY, state);
}

export function getAppState(): AppState {
  const s = getContext<AppState | undefined>(KEY);
  if (!s) throw new Error('AppState missing: render components inside <App>, which sets it');
  return s;
}
