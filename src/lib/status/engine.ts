/**
 * The status engine: "what was the status of X on day D?". Each jurisdiction's actions are
 * swept once into a step function (sorted change days with the level from each day on), so
 * a query is a binary search and a whole-map query costs O(jurisdictions · log steps).
 */
import { lastDayOf, parsePartialDate } from '../data/dates.ts';
import { LEVELS, levelRank, type Action, type CompiledAtlas, type DateRef, type Level } from '../data/types.ts';

export function dayOf(d: DateRef): number {
  const parsed = parsePartialDate(d.iso);
  if (!parsed) throw new Error(`invalid date "${d.iso}" in compiled atlas; rebuild it with npm run data`);
  return parsed.day;
}

/** A jurisdiction's step function: from `days[i]` on, its level is `levels[i]` (none before the first). */
export interface Steps {
  days: number[];
  levels: Level[];
}

export interface Change {
  action: Action;
  jurisdiction: string;
  day: number;
  from: Level;
  to: Level;
}

export type Counts = Record<Level, number>;

/** Index of the last element <= value, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function buildSteps(actions: readonly Action[]): Steps {
  // +1 on the first day in force, -1 on the first day no longer in force.
  const events: { day: number; rank: number; delta: number }[] = [];
  for (const a of actions) {
    if (a.level === 'context') continue;
    const rank = levelRank(a.level);
    events.push({ day: dayOf(a.date), rank, delta: 1 });
    if (a.ends) {
      const end = parsePartialDate(a.ends.iso);
      if (end) events.push({ day: lastDayOf(end) + 1, rank, delta: -1 });
    }
  }
  events.sort((x, y) => x.day - y.day);
  const active = new Array<number>(LEVELS.length).fill(0);
  const steps: Steps = { days: [], levels: [] };
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    active[e.rank] += e.delta;
    if (i + 1 < events.length && events[i + 1].day === e.day) continue;
    let top = 0;
    for (let r = LEVELS.length - 1; r > 0; r--) {
      if (active[r] > 0) {
        top = r;
        break;
      }
    }
    const level = LEVELS[top];
    if (steps.levels[steps.levels.length - 1] !== level) {
      steps.days.push(e.day);
      steps.levels.push(level);
    }
  }
  return steps;
}

export class StatusEngine {
  readonly atlas: CompiledAtlas;
  /** Every jurisdiction the atlas covers: map countries, then bodies with actions. */
  readonly ids: readonly string[];
  /** Actions sorted by start day, and their start days, for range queries. */
  readonly actions: readonly Action[];
  readonly actionDays: readonly number[];
  /** Distinct days on which anything happened, context included: slider ticks and jumps. */
  readonly eventDays: readonly number[];
  private readonly steps = new Map<string, Steps>();
  private readonly byJurisdiction = new Map<string, Action[]>();

  constructor(atlas: CompiledAtlas) {
    this.atlas = atlas;
    this.ids = atlas.jurisdictions.map((j) => j.id);
    const dated = atlas.actions.map((a) => ({ a, day: dayOf(a.date) })).sort((x, y) => x.day - y.day);
    this.actions = dated.map((d) => d.a);
    this.actionDays = dated.map((d) => d.day);
    this.eventDays = [...new Set(this.actionDays)];
    for (const a of this.actions) {
      const list = this.byJurisdiction.get(a.jurisdiction) ?? [];
      list.push(a);
      this.byJurisdiction.set(a.jurisdiction, list);
    }
    for (const [id, list] of this.byJurisdiction) this.steps.set(id, buildSteps(list));
  }

  statusOf(id: string, day: number): Level {
    const s = this.steps.get(id);
    if (!s) return 'none';
    const i = lastAtOrBefore(s.days, day);
    return i < 0 ? 'none' : s.levels[i];
  }

  /** Only jurisdictions with a recorded level other than none; absent means none. */
  statusesOn(day: number): Map<string, Level> {
    const out = new Map<string, Level>();
    for (const id of this.steps.keys()) {
      const level = this.statusOf(id, day);
      if (level !== 'none') out.set(id, level);
    }
    return out;
  }

  counts(day: number, ids: readonly string[] = this.ids): Counts {
    const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Counts;
    for (const id of ids) counts[this.statusOf(id, day)] += 1;
    return counts;
  }

  /** A jurisdiction's step function, or null when no action sets its level. */
  stepsOf(id: string): Readonly<Steps> | null {
    return this.steps.get(id) ?? null;
  }

  actionsOf(id: string): readonly Action[] {
    return this.byJurisdiction.get(id) ?? [];
  }

  /** The latest action (context included) on or before `day`. */
  latestAction(id: string, day: number): Action | null {
    const list = this.actionsOf(id);
    for (let i = list.length - 1; i >= 0; i--) if (dayOf(list[i].date) <= day) return list[i];
    return null;
  }

  /** Actions that changed a status on a day in (from, to], oldest first; to < from walks backwards. */
  changesBetween(from: number, to: number): Change[] {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const out: Change[] = [];
    for (let i = lastAtOrBefore(this.actionDays, lo) + 1; i < this.actions.length && this.actionDays[i] <= hi; i++) {
      const a = this.actions[i];
      const day = this.actionDays[i];
      const before = this.statusOf(a.jurisdiction, day - 1);
      const after = this.statusOf(a.jurisdiction, day);
      if (before !== after && a.level === after)
        out.push({ action: a, jurisdiction: a.jurisdiction, day, from: before, to: after });
    }
    return out;
  }

  /** The nearest day with an action strictly after / before `day`, or null. */
  nextEventDay(day: number): number | null {
    const i = lastAtOrBefore(this.eventDays, day) + 1;
    return i < this.eventDays.length ? this.eventDays[i] : null;
  }

  previousEventDay(day: number): number | null {
    const i = lastAtOrBefore(this.eventDays, day - 1);
    return i >= 0 ? this.eventDays[i] : null;
  }
}
