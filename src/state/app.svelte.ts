/**
 * The app's state: the date, the selection and the view, with everything derived from them.
 * Components read it and call its methods; they own no state of their own that others need.
 */
import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { StatusEngine, type Counts } from '../lib/status/engine.ts';
import { summarise } from '../lib/alliances/alliances.ts';
import { TimelineController, PLAY_STEP_MS, PLAY_TICK_MS, type TimelineKey } from '../lib/timeline/controller.ts';
import { parseDay, todayDay } from '../lib/data/dates.ts';
import type { Outlines } from '../lib/geo/outlines.ts';
import type { MapModel } from '../lib/geo/model.ts';
import { LEVELS, restricts, levelRank, type CompiledAlliances, type CompiledAtlas, type Level } from '../lib/data/types.ts';
import { changesText, summarySentence } from '../lib/status/describe.ts';
import { parseUrlState, serializeUrlState, type Theme, type UrlContext, type UrlState, type View } from '../lib/url/state.ts';

/** Announce at most this often while playing or holding an arrow key, so screen readers keep up. */
const ANNOUNCE_MS = 1200;

export interface AppInit {
  atlas: CompiledAtlas;
  alliances: CompiledAlliances;
  atlases: readonly string[];
  /** The day the page treats as today; the prerender passes its build day. */
  today?: number;
  embedded?: boolean;
  /** URL of the site's root, where data/ lives; the embed page is one folder down. */
  root?: string;
  /** The projected map, as prerendered into the page. */
  model: MapModel;
}

export class AppState {
  readonly atlas: CompiledAtlas;
  readonly engine: StatusEngine;
  readonly alliances: CompiledAlliances;
  readonly names: ReadonlyMap<string, string>;
  private readonly bodies: ReadonlySet<string>;
  readonly minDay: number;
  readonly embedded: boolean;
  readonly root: string;
  readonly model: MapModel;
  private readonly atlases: readonly string[];
  /** Today: the end of the slider. The prerender passes its build day; the browser its own. */
  maxDay = $state(0);
  timeline = $derived.by(() => new TimelineController({ min: this.minDay, max: this.maxDay, eventDays: this.engine.eventDays }));
  urlContext = $derived.by<UrlContext>(() => ({
    atlases: this.atlases,
    defaultAtlas: this.atlases[0],
    alliances: this.alliances.alliances.map((a) => a.id),
    minDay: this.minDay,
    maxDay: this.maxDay,
    jurisdictions: new Set(this.names.keys()),
  }));

  #day = $state(0);
  /**
   * Level per jurisdiction (absent means none), updated only where the level changed, so a
   * date change re-renders only the countries whose colour changes.
   */
  readonly levels = new SvelteMap<string, Level>();

  get day(): number {
    return this.#day;
  }

  set day(value: number) {
    this.#day = value;
    const next = this.engine.statusesOn(value);
    for (const id of this.levels.keys()) if (!next.has(id)) this.levels.delete(id);
    for (const [id, level] of next) if (this.levels.get(id) !== level) this.levels.set(id, level);
  }
  country = $state<string | null>(null);
  overlays = $state<string[]>([]);
  view = $state<View>('map');
  theme = $state<Theme>('auto');
  showTitle = $state(true);
  showControls = $state(true);
  hovered = $state<string | null>(null);
  highlight = $state<Level | null>(null);
  playing = $state(false);
  announcement = $state('');
  dialog = $state<'embed' | null>(null);
  /** Flat is the SVG map; zoom and globe load MapLibre on demand. */
  renderer = $state<'flat' | 'zoom' | 'globe'>('flat');
  /** Why the WebGL map is not available (no WebGL, context lost), shown beside the map. */
  glNotice = $state<string | null>(null);
  /** Alliance outlines, fetched when first needed (or prefetched when idle, for offline use). */
  outlines = $state<Outlines | null>(null);
  outlinesFailed = $state(false);
  private outlinesRequest: Promise<void> | null = null;

  statuses = $derived.by(() => new Map(this.levels));
  /** Counts per level, every jurisdiction; from the levels map, so O(jurisdictions with a status). */
  counts = $derived.by(() => this.countLevels(false));
  /** The same for the countries on the map only: what the legend shows. */
  mapCounts = $derived.by(() => this.countLevels(true));

  private countLevels(mapOnly: boolean): Counts {
    const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Counts;
    let total = 0;
    for (const j of this.atlas.jurisdictions) if (!mapOnly || j.kind === 'country') total += 1;
    let withStatus = 0;
    for (const [id, level] of this.levels) {
      if (mapOnly && this.bodies.has(id)) continue;
      counts[level] += 1;
      withStatus += 1;
    }
    counts.none += total - withStatus;
    return counts;
  }
  summaries = $derived.by(() =>
    this.alliances.alliances.map((a) => summarise(a, this.day, (id, d) => this.engine.statusOf(id, d))),
  );
  restricting = $derived.by(() => this.restrictingIds());
  sentence = $derived.by(() =>
    summarySentence(
      this.atlas,
      this.day,
      this.counts,
      this.restricting.map((id) => this.nameOf(id)),
    ),
  );

  /** Jurisdictions changed since the last announcement, with their level before. */
  private pending = new Map<string, Level>();
  private lastAnnounced = 0;
  private announceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(init: AppInit) {
    this.atlas = init.atlas;
    this.alliances = init.alliances;
    this.engine = new StatusEngine(init.atlas);
    this.embedded = init.embedded ?? false;
    this.root = init.root ?? './';
    this.model = init.model;
    this.names = new Map(init.atlas.jurisdictions.map((j) => [j.id, j.name]));
    this.bodies = new Set(init.atlas.jurisdictions.filter((j) => j.kind === 'body').map((j) => j.id));
    this.minDay = parseDay(init.atlas.atlas.start) ?? this.engine.actionDays[0];
    this.atlases = init.atlases;
    this.maxDay = Math.max(init.today ?? todayDay(), this.minDay);
    this.day = this.maxDay;
  }

  /** Moves "today" (the slider's end and the default date), keeping a date the reader chose. */
  setToday(day: number): void {
    const wasToday = this.day === this.maxDay;
    this.maxDay = Math.max(day, this.minDay);
    if (wasToday || this.day > this.maxDay) this.day = this.maxDay;
  }

  private restrictingIds(): string[] {
    return [...this.statuses.entries()]
      .filter(([, l]) => restricts(l))
      .sort(([a, la], [b, lb]) => levelRank(lb) - levelRank(la) || this.nameOf(a).localeCompare(this.nameOf(b)))
      .map(([id]) => id);
  }

  loadOutlines(): Promise<void> {
    this.outlinesRequest ??= fetch(new URL('data/outlines.json', new URL(this.root, document.baseURI)))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`outlines.json: HTTP ${r.status}`))))
      .then((o: Outlines) => {
        this.outlines = o;
        this.outlinesFailed = false;
      })
      .catch(() => {
        // Allow a later try (the reader may be back online).
        this.outlinesRequest = null;
        this.outlinesFailed = true;
      });
    return this.outlinesRequest;
  }

  nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }

  statusOf(id: string): Level {
    return this.levels.get(id) ?? 'none';
  }

  /** Moves the date and queues an announcement of what changed on the way. */
  setDay(day: number): void {
    const next = this.timeline.clamp(day);
    if (next === this.day) return;
    const changes = this.engine.changesBetween(this.day, next);
    for (const c of changes)
      if (!this.pending.has(c.jurisdiction)) this.pending.set(c.jurisdiction, this.statusOf(c.jurisdiction));
    this.day = next;
    if (changes.length) this.queueAnnouncement();
  }

  key(key: TimelineKey): void {
    this.setDay(this.timeline.key(this.day, key));
  }

  nextAction(): void {
    const d = this.timeline.next(this.day);
    if (d !== null) this.setDay(d);
  }

  previousAction(): void {
    const d = this.timeline.previous(this.day);
    if (d !== null) this.setDay(d);
  }

  private playTimer: ReturnType<typeof setTimeout> | null = null;

  /** Plays through time; with reduced motion it steps from action to action instead. */
  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.setDay(this.timeline.playStart(this.day));
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const step = (): void => {
      const next = this.timeline.tick(this.day, reduced);
      if (next === null || !this.playing) return this.pause();
      this.setDay(next);
      this.playTimer = setTimeout(step, reduced ? PLAY_STEP_MS : PLAY_TICK_MS);
    };
    this.playTimer = setTimeout(step, reduced ? PLAY_STEP_MS : PLAY_TICK_MS);
  }

  pause(): void {
    this.playing = false;
    if (this.playTimer !== null) clearTimeout(this.playTimer);
    this.playTimer = null;
  }

  /** Bumped when the selection should take focus (a click or Enter, not a list being browsed). */
  panelFocus = $state(0);

  select(id: string | null, focus = false): void {
    this.country = id !== null && this.names.has(id) ? id : null;
    if (focus && this.country) this.panelFocus += 1;
  }

  toggleOverlay(id: string): void {
    const on = this.overlays.includes(id);
    const ids = this.urlContext.alliances;
    this.overlays = ids.filter((a) => (a === id ? !on : this.overlays.includes(a)));
  }

  private queueAnnouncement(): void {
    const wait = this.lastAnnounced + ANNOUNCE_MS - Date.now();
    if (wait <= 0) this.flushAnnouncement();
    else this.announceTimer ??= setTimeout(() => this.flushAnnouncement(), wait);
  }

  private flushAnnouncement(): void {
    this.announceTimer = null;
    // Net effect only: a country that changed and changed back is not announced.
    const changes = [...this.pending]
      .filter(([id, before]) => this.statusOf(id) !== before)
      .map(([id]) => ({ jurisdiction: id, to: this.statusOf(id) }));
    this.pending.clear();
    if (!changes.length) return;
    this.lastAnnounced = Date.now();
    this.announcement = changesText(this.atlas, changes, this.names);
  }

  /** The state as URL parameters; dates equal to today are left out. */
  toUrl(): UrlState {
    return {
      atlas: this.atlas.atlas.id,
      date: this.day === this.maxDay ? null : this.day,
      country: this.country,
      overlays: this.overlays,
      view: this.view,
      theme: this.theme,
      title: this.showTitle,
      controls: this.showControls,
    };
  }

  query(): string {
    return serializeUrlState(this.toUrl(), this.urlContext);
  }

  applyUrl(search: string): void {
    const s = parseUrlState(search, this.urlContext);
    this.day = s.date ?? this.maxDay;
    this.country = s.country;
    this.overlays = s.overlays;
    this.view = s.view;
    this.theme = s.theme;
    this.showTitle = s.title;
    this.showControls = s.controls;
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
