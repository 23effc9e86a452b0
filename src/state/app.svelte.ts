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
import { todayDay } from '../lib/data/dates.ts';
import type { Outlines } from '../lib/geo/outlines.ts';
import type { MapModel } from '../lib/geo/model.ts';
import type { CompiledAlliances, CompiledAtlas, CompiledStory } from '../lib/data/types.ts';
import { parseDay } from '../lib/data/dates.ts';
import { Story } from './story.svelte.ts';
import { parseUrlState, serializeUrlState, type Theme, type UrlContext, type UrlState } from '../lib/url/state.ts';
import { TimeState } from './time.svelte.ts';
import { Playback } from './playback.svelte.ts';
import { Announcer } from './announcer.svelte.ts';
import { OutlineLoader } from './outlines.svelte.ts';
import { UiState } from './ui.svelte.ts';
import { MapModels } from './models.svelte.ts';
import { DEFAULT_REGION, inRegion, isRegion, type Region } from '../lib/geo/regions.ts';

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
  /** URL of the site's root, where data/ lives (the WebGL map fetches the topology from there). */
  root?: string;
  /** Fetches an atlas's story (story.json), only when a reader opens it. */
  fetchStory?: (atlas: string) => Promise<CompiledStory>;
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
}

export class AppState {
  readonly models: MapModels;
  readonly root: string;
  readonly time: TimeState;
  readonly playback: Playback;
  readonly announcer: Announcer;
  readonly outlines: OutlineLoader;
  readonly ui: UiState;
  private readonly atlases: readonly string[];
  /** The atlases a reader can switch to: id and subject, the default first. */
  readonly atlasChoices: readonly { id: string; name: string }[];
  #story = $state.raw<Story | null>(null);
  private readonly fetchStory: (atlas: string) => Promise<CompiledStory>;
  private readonly reducedMotion: () => boolean;

  readonly urlContext = $derived.by<UrlContext>(() => ({
    atlases: this.atlases,
    defaultAtlas: this.atlases[0],
    alliances: this.time.alliances.alliances.map((a) => a.id),
    minDay: this.time.minDay,
    maxDay: this.time.maxDay,
    jurisdictions: new Set(this.time.names.keys()),
    defaultRegion: this.defaultRegion,
    storySteps: this.time.atlas.atlas.story ?? 0,
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
    this.atlases = init.atlases;
    this.atlasChoices = init.atlases.map((id) => ({ id, name: init.names?.[id] ?? id }));
    this.time = new TimeState(init.atlas, init.alliances, init.today ?? todayDay());
    const time = this.time;
    this.announcer = new Announcer(
      (id) => time.statusOf(id),
      (changes) => changesText(time.atlas, changes, time.names),
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
    this.ui.setRegion(this.models.region);
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
      const data = await this.fetchStory(this.time.atlas.atlas.id).catch(() => null);
      if (!data?.steps.length) return false;
      this.playback.pause();
      story = new Story(
        data.steps,
        {
          day: () => this.time.day,
          setDay: (day) => this.time.setDay(day),
          select: (id) => this.ui.select(id),
          setOverlays: (ids) => this.ui.setOverlays(ids),
          setRegion: (r) => void this.setRegion(isRegion(r) ? r : this.defaultRegion),
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
      story: this.#story !== null,
      step: (this.#story?.index ?? 0) + 1,
    };
  }

  query(): string {
    return serializeUrlState(this.toUrl(), this.urlContext);
  }

  /** The query of an embed of this view with the embed dialog's choices; the table view embeds as the map. */
  embedQuery(o: EmbedChoices): string {
    const date = o.pinDate ? this.time.day : null;
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
      },
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
