/**
 * The date and what follows from it: each jurisdiction's level, the counts, the restricting
 * list, the summary sentence and the alliances' figures. "Today" can move (the prerender uses
 * its build day, the browser its own), and everything drawn from the span follows it.
 */
import { SvelteMap } from 'svelte/reactivity';
import { StatusEngine, type Change } from '../lib/status/engine.ts';
import { countsAmong, summariseDay } from '../lib/status/summary.ts';
import type { Counts } from '../lib/status/engine.ts';
import { summarise } from '../lib/alliances/alliances.ts';
import { TimelineController, type TimelineKey } from '../lib/timeline/controller.ts';
import { ticks, years } from '../lib/timeline/ticks.ts';
import { parseDay } from '../lib/data/dates.ts';
import { summarySentence } from '../lib/status/describe.ts';
import { spreadSentence, spreadSteps } from '../lib/status/spread.ts';
import { coverageOf, splitNone, type CoverageInfo, type NoneSplit } from '../lib/status/coverage.ts';
import type { CompiledAlliances, CompiledAtlas, Level } from '../lib/data/types.ts';
import type { Localizer } from '../lib/i18n/localizer.ts';

export class TimeState {
  readonly atlas: CompiledAtlas;
  readonly engine: StatusEngine;
  readonly alliances: CompiledAlliances;
  readonly names: ReadonlyMap<string, string>;
  readonly minDay: number;

  #day = $state(0);
  #maxDay = $state(0);
  /**
   * Level per jurisdiction (absent means none), updated only where the level changed, so a
   * date change re-renders only the countries whose colour changes.
   */
  readonly levels = new SvelteMap<string, Level>();

  readonly timeline = $derived.by(
    () => new TimelineController({ min: this.minDay, max: this.#maxDay, eventDays: this.engine.eventDays }),
  );
  readonly ticks = $derived.by(() => ticks(this.engine.actions, this.engine.actionDays, this.minDay, this.#maxDay));
  readonly years = $derived.by(() => years(this.minDay, this.#maxDay));
  /** How many jurisdictions sit at each level, step by step across the span: the spread chart. */
  readonly spread = $derived.by(() => spreadSteps(this.engine.ids, (id) => this.engine.stepsOf(id), this.minDay, this.#maxDay));
  readonly spreadSentence = $derived.by(() => spreadSentence(this.words(), this.spread));
  readonly summary = $derived.by(() => summariseDay(this.levels, this.atlas.jurisdictions, (id) => this.nameOf(id)));
  readonly sentence = $derived.by(() =>
    summarySentence(
      this.words(),
      this.#day,
      this.summary.counts,
      this.summary.restricting.map((id) => this.nameOf(id)),
    ),
  );
  /** Map countries nobody has researched yet: drawn apart from those checked with nothing found. */
  readonly unresearched: ReadonlySet<string>;
  private readonly countryIds: readonly string[];
  readonly allianceSummaries = $derived.by(() =>
    this.alliances.alliances.map((a) => summarise(a, this.#day, (id, d) => this.engine.statusOf(id, d))),
  );

  /** The reader's language, read inside the derived texts so they follow a switch. */
  private readonly words: () => Localizer;

  constructor(atlas: CompiledAtlas, alliances: CompiledAlliances, today: number, words: () => Localizer) {
    this.words = words;
    this.atlas = atlas;
    this.alliances = alliances;
    this.engine = new StatusEngine(atlas);
    this.names = new Map(atlas.jurisdictions.map((j) => [j.id, j.name]));
    this.minDay = parseDay(atlas.atlas.start) ?? this.engine.actionDays[0];
    this.countryIds = atlas.jurisdictions.filter((j) => j.kind === 'country').map((j) => j.id);
    this.unresearched = new Set(this.countryIds.filter((id) => coverageOf(atlas, id).state === 'unresearched'));
    this.#maxDay = Math.max(today, this.minDay);
    this.moveTo(this.#maxDay);
  }

  get day(): number {
    return this.#day;
  }

  /** Today: the end of the slider and the default date. */
  get maxDay(): number {
    return this.#maxDay;
  }

  /** The jurisdiction's name in the reader's language (the data's name where there is no translation). */
  nameOf(id: string): string {
    return this.words().name(id);
  }

  coverage(id: string): CoverageInfo {
    return coverageOf(this.atlas, id);
  }

  /**
   * The legend's figures on the date for the map countries `keep` accepts (a region's): a count
   * per level, and grey split into checked (nothing found) and not yet researched.
   */
  legendFor(keep: (id: string) => boolean): { counts: Counts; split: NoneSplit } {
    const ids = this.countryIds.filter(keep);
    return { counts: countsAmong(this.levels, ids), split: splitNone(this.atlas, this.levels, ids) };
  }

  /** Counts of another day's levels (a video frame's) among the countries `keep` admits. */
  countsFor(levels: ReadonlyMap<string, Level>, keep: (id: string) => boolean): Counts {
    return countsAmong(levels, this.countryIds.filter(keep));
  }

  statusOf(id: string): Level {
    return this.levels.get(id) ?? 'none';
  }

  /** Moves "today", keeping a date the reader chose. */
  setToday(day: number): void {
    const wasToday = this.#day === this.#maxDay;
    this.#maxDay = Math.max(day, this.minDay);
    if (wasToday || this.#day > this.#maxDay) this.moveTo(this.#maxDay);
  }

  /** The status changes between the date and `day` (clamped to the span), in either direction. */
  changesTo(day: number): Change[] {
    return this.engine.changesBetween(this.#day, this.timeline.clamp(day));
  }

  /** Moves the date, clamped to the span. */
  setDay(day: number): void {
    const next = this.timeline.clamp(day);
    if (next !== this.#day) this.moveTo(next);
  }

  keyTarget(key: TimelineKey): number {
    return this.timeline.key(this.#day, key);
  }

  private moveTo(day: number): void {
    this.#day = day;
    const next = this.engine.statusesOn(day);
    for (const id of this.levels.keys()) if (!next.has(id)) this.levels.delete(id);
    for (const [id, level] of next) if (this.levels.get(id) !== level) this.levels.set(id, level);
  }
}
