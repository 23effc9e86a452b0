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
import type { CompiledAlliances, CompiledAtlas, CompiledStory } from '../lib/data/types.ts';
import { parseDay } from '../lib/data/dates.ts';
import type { Story } from './story.svelte.ts';
import { openingRegion, parseUrlState, serializeUrlState, type Theme, type UrlContext, type UrlState } from '../lib/url/state.ts';
import { TimeState } from './time.svelte.ts';
import { Playback } from './playback.svelte.ts';
import { Announcer } from './announcer.svelte.ts';
import { OutlineLoader } from './outlines.svelte.ts';
import { UiState } from './ui.svelte.ts';
import { MapModels } from './models.svelte.ts';
import { DEFAULT_REGION, inRegion, isRegion, type Region } from '../lib/geo/regions.ts';
import { atlasDir, pageDir } from '../lib/url/pages.ts';

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
  /** Fetches a region's alliance outlines; the browser passes its adapter, tests a fixture. */
  fetchOutlines?: (region: Region) => Promise<Outlines>;
  /** Whether the reader asked for reduced motion; read when play starts. */
  reducedMotion?: () => boolean;
  /**
   * The way from the page to the site's root, where data/ lives: './', '../' or '../../' (the
   * page's data-root). Relative, so links render the same on the server and in the browser.
   */
  root?: string;
  /** Fetches an atlas's story (story.json), only when a reader opens it. */
  fetchStory?: (atlas: string) => Promise<CompiledStory>;
  /**
   * How the explorer opens: in a phone-sized window (PHONE_MEDIA), where it opens on the atlas's
   * phone region, or a wider one. Absent in the embed, which shows what the newsroom chose.
   */
  opening?: 'phone' | 'wide';
  /** The atlas whose page this is (src/lib/url/pages.ts): its URLs need no atlas=. The default atlas when absent. */
  pageAtlas?: string;
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
  /** The map the embed opens on: the view's region unless the desk picks another. */
  region: Region;
  /** Opens the embed in story mode (at the step shown, when the story is open). */
  story?: boolean;
  /** The embed's language: its snippets point at that locale's page. */
  lang: Locale;
}

export class AppState {
  readonly models: MapModels;
  readonly root: string;
  readonly locale: LocaleState;
  readonly time: TimeState;
  readonly playback: Playback;
  readonly announcer: Announcer;
  readonly outlines: OutlineLoader;
  readonly ui: UiState;
  private readonly atlases: readonly string[];
  private readonly pageAtlas: string;
  private readonly opening: 'phone' | 'wide' | undefined;
  /** The atlases a reader can switch to: id and subject, the default first. */
  readonly atlasChoices: readonly { id: string; name: string }[];
  #story = $state.raw<Story | null>(null);
  private readonly fetchStory: (atlas: string) => Promise<CompiledStory>;
  private readonly reducedMotion: () => boolean;

  readonly urlContext = $derived.by<UrlContext>(() => ({
    atlases: this.atlases,
    defaultAtlas: this.pageAtlas,
    alliances: this.time.alliances.alliances.map((a) => a.id),
    minDay: this.time.minDay,
    maxDay: this.time.maxDay,
    jurisdictions: new Set(this.time.names.keys()),
    defaultRegion: this.defaultRegion,
    storySteps: this.time.atlas.atlas.story ?? 0,
    phoneRegion: this.opening ? this.phoneRegion : undefined,
    phone: this.opening === 'phone',
  }));

  /**
   * The legend's figures, for the map on screen: a region view counts the countries it is about
   * (and says so), since a reader counts what the map shows; the world counts every country.
   */
  readonly legend = $derived.by(() => {
    const region = this.models.region;
    return { region, ...this.time.legendFor((id) => inRegion(region, id)) };
  });

  constructor(init: AppInit) {
    this.models = new MapModels(init.model, init.fetchModel ?? (() => Promise.reject(new Error('no model source'))));
    this.root = init.root ?? './';
    const locale = init.locale ?? DEFAULT_LOCALE;
    this.locale = new LocaleState(
      init.atlas,
      { locale, messages: init.messages ?? en, shared: init.shared, atlasText: init.atlasText },
      init.localeSource ?? null,
    );
    this.atlases = init.atlases;
    this.pageAtlas = init.pageAtlas ?? init.atlases[0];
    this.opening = init.opening;
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
    this.outlines = new OutlineLoader(
      init.fetchOutlines ?? (() => Promise.reject(new Error('no outline source'))),
      () => this.models.region,
    );
    this.ui = new UiState(
      (id) => time.names.has(id),
      init.alliances.alliances.map((a) => a.id),
    );
    this.ui.setRegion(this.models.region, false);
    this.fetchStory = init.fetchStory ?? (() => Promise.reject(new Error('no story source')));
    this.reducedMotion = init.reducedMotion ?? (() => false);
  }

  /** The open story, or null. */
  get story(): Story | null {
    return this.#story;
  }

  /** Opens the atlas's story at `step` (1-based), fetching it the first time; false when it cannot. */
  async openStory(step = 1): Promise<boolean> {
    if (!this.time.atlas.atlas.story) return false;
    let story = this.#story;
    if (!story) {
      // The story's code comes with its data, when a reader opens it: most never do.
      const [data, { Story }] = await Promise.all([
        this.fetchStory(this.time.atlas.atlas.id).catch(() => null),
        import('./story.svelte.ts'),
      ]);
      if (!data?.steps.length) return false;
      this.playback.pause();
      story = new Story(
        data.steps,
        {
          day: () => this.time.day,
          setDay: (day) => this.time.setDay(day),
          select: (id) => this.ui.select(id),
          setOverlays: (ids) => this.ui.setOverlays(ids),
          // The story, not the reader, picks the region: the URL writes it only where it differs
          // from the window's own (a step without one shows the window's own, the phone region on a phone).
          setRegion: (r) => void this.setRegion(isRegion(r) ? r : openingRegion(this.urlContext), false),
          reducedMotion: this.reducedMotion,
        },
        (iso) => parseDay(iso) ?? this.time.maxDay,
      );
      this.#story = story;
    }
    story.go(step - 1);
    return true;
  }

  /** Back to the explorer, keeping the step's date, region, country and overlays. */
  leaveStory(): void {
    this.#story?.stop();
    this.#story = null;
  }

  /** The reader's language: messages (`t.m`), formatting (`t.f`) and the data's text in it. */
  get t(): Localizer {
    return this.locale.t;
  }

  /** Where this language's pages live, relative to the page: "de/" for German, "" for English. */
  localePath(locale: Locale = this.locale.current): string {
    return `${this.root}${pageDir(locale, '')}`;
  }

  get atlas(): CompiledAtlas {
    return this.time.atlas;
  }

  /** The projected map on screen: the region's once loaded. */
  get model(): MapModel {
    return this.models.model;
  }

  /** The folder of the shown atlas's pages under the site's root: '' or 'tiktok/'. */
  get atlasDir(): string {
    return atlasDir(this.time.atlas.atlas.id, this.atlases);
  }

  /** The region the atlas opens on (atlas.csv may name one). */
  get defaultRegion(): Region {
    const r = this.time.atlas.atlas.region;
    return isRegion(r) ? r : DEFAULT_REGION;
  }

  /** The atlas's region for phones (atlas.csv's phone_region), if it names one. */
  get phoneRegion(): Region | undefined {
    const r = this.time.atlas.atlas.phoneRegion;
    return isRegion(r) ? r : undefined;
  }

  /**
   * Another region view: the map re-projects once its model is here; colours stay as they are.
   * `chosen: false` for the region the window opens on by itself.
   */
  setRegion(region: Region, chosen = true): Promise<void> {
    this.ui.setRegion(region, chosen);
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
      regionChosen: ui.regionChosen,
      title: ui.showTitle,
      controls: ui.showControls,
      story: this.#story !== null,
      step: (this.#story?.index ?? 0) + 1,
      lang: this.locale.chosen && this.locale.current !== this.locale.page ? this.locale.current : null,
    };
  }

  query(): string {
    return serializeUrlState(this.toUrl(), this.urlContext);
  }

  /**
   * The query of an embed of this view with the embed dialog's choices; the table view embeds as
   * the map. For the embed in the atlas's own folder (atlasDir), so without atlas=.
   */
  embedQuery(o: EmbedChoices): string {
    const date = o.pinDate ? this.time.day : null;
    // The language is in the embed page's path (de/embed/), not in its query.
    return serializeUrlState(
      {
        ...this.toUrl(),
        view: 'map',
        date,
        theme: o.theme,
        title: o.title,
        controls: o.controls,
        story: o.story ?? false,
        region: o.region,
        lang: null,
      },
      // The embed ignores the phone region: it shows the region on screen unless that is the atlas's own.
      { ...this.urlContext, defaultAtlas: this.time.atlas.atlas.id, phoneRegion: undefined, phone: false },
    );
  }

  applyUrl(search: string): void {
    const s = parseUrlState(search, this.urlContext);
    this.time.setDay(s.date ?? this.time.maxDay);
    this.ui.select(s.country);
    this.ui.setOverlays(s.overlays);
    this.ui.setView(s.view);
    this.ui.setTheme(s.theme);
    void this.setRegion(s.region, s.regionChosen);
    this.ui.setEmbedOptions(s.title, s.controls);
    if (s.lang !== null && AVAILABLE.includes(s.lang)) void this.locale.set(s.lang);
    // The step's own date, region and country win over the URL's, as they do in the story.
    if (s.story) void this.openStory(s.step);
    else this.leaveStory();
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
