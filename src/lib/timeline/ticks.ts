/**
 * The slider's marks: one tick per day with actions, coloured by the highest level set that day,
 * and a label per year. Positions are fractions of the span, so they follow "today" when it moves.
 */
import { levelRank, type Action, type Level } from '../data/types.ts';
import type { Localizer } from '../i18n/localizer.ts';

export interface Tick {
  day: number;
  /** Highest level set that day; `none` when the day has only context events. */
  level: Level;
  /** The day's actions, in data order. */
  actions: Action[];
  /** 0 at the start of the span, 1 at its end. */
  at: number;
}

export interface YearMark {
  year: number;
  at: number;
  /** Every other year is minor: narrow screens leave its label out. */
  minor: boolean;
}

function position(day: number, min: number, max: number): number {
  return max > min ? (day - min) / (max - min) : 0;
}

/** `days[i]` is the day of `actions[i]`, sorted ascending (as the engine keeps them). */
export function ticks(actions: readonly Action[], days: readonly number[], min: number, max: number): Tick[] {
  const out: Tick[] = [];
  for (let i = 0; i < actions.length; i++) {
    const day = days[i];
    if (day < min || day > max) continue;
    const a = actions[i];
    const level: Level = a.level === 'context' ? 'none' : a.level;
    const last = out[out.length - 1];
    if (last?.day === day) {
      last.actions.push(a);
      if (levelRank(level) > levelRank(last.level)) last.level = level;
    } else out.push({ day, level, actions: [a], at: position(day, min, max) });
  }
  return out;
}

/** A mark on 1 January of every year after the first one in the span, up to its end. */
export function years(min: number, max: number): YearMark[] {
  const first = new Date(min * 86_400_000).getUTCFullYear() + 1;
  const last = new Date(max * 86_400_000).getUTCFullYear();
  const out: YearMark[] = [];
  for (let year = first; year <= last; year++) {
    out.push({ year, at: position(Date.UTC(year, 0, 1) / 86_400_000, min, max), minor: year % 2 === 1 });
  }
  return out;
}

/**
 * "21 Feb 2025 · Australia · Government-wide ban": what a tick on the spread chart says; a
 * day with several actions lists each, as the date written in the data (a month or a year
 * when that is all that is known).
 */
export function tickName(t: Localizer, tick: Tick): string {
  const items = tick.actions.map((a) => t.m.tickItem(t.name(a.jurisdiction), t.level(a.level).text));
  return t.m.tickName(t.f.date(tick.actions[0].date, true), items.join('; '));
}
