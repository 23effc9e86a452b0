/**
 * The spread over time: how many jurisdictions sit at each level on each day, as steps (one
 * per day on which any count changes), computed in one sweep over every jurisdiction's change
 * days rather than by asking the engine about each day. Also the chart's shapes (d3-shape, no
 * DOM) and its one-sentence summary.
 */
import type { Localizer } from '../i18n/localizer.ts';
import { area, curveStepAfter, stack, type SeriesPoint } from 'd3-shape';
import { LEVELS, restricts, type Level } from '../data/types.ts';
import type { Counts, Steps } from './engine.ts';
import { emptyCounts } from './summary.ts';

export interface SpreadStep {
  /** From this day until the next step's day (or the end of the span), the counts hold. */
  day: number;
  counts: Counts;
}

/**
 * Steps from `min` to `max` over `ids` (every jurisdiction counts, none included), where
 * `stepsOf` gives each one's step function. The first step is on `min`, with the counts as of
 * that day; a change on or before `min` is folded into it, one after `max` is left out.
 */
export function spreadSteps(
  ids: readonly string[],
  stepsOf: (id: string) => Readonly<Steps> | null,
  min: number,
  max: number,
): SpreadStep[] {
  const changes: { day: number; from: Level; to: Level }[] = [];
  for (const id of ids) {
    const s = stepsOf(id);
    if (!s) continue;
    for (let i = 0; i < s.days.length; i++) changes.push({ day: s.days[i], from: i ? s.levels[i - 1] : 'none', to: s.levels[i] });
  }
  changes.sort((a, b) => a.day - b.day);
  const counts = emptyCounts();
  counts.none = ids.length;
  const out: SpreadStep[] = [];
  let i = 0;
  const apply = (c: (typeof changes)[number]): void => {
    counts[c.from] -= 1;
    counts[c.to] += 1;
  };
  while (i < changes.length && changes[i].day <= min) apply(changes[i++]);
  out.push({ day: min, counts: { ...counts } });
  while (i < changes.length && changes[i].day <= max) {
    const day = changes[i].day;
    while (i < changes.length && changes[i].day === day) apply(changes[i++]);
    out.push({ day, counts: { ...counts } });
  }
  return out;
}

/** The counts on `day`: the last step on or before it (the first step before the span). */
export function countsOn(steps: readonly SpreadStep[], day: number): Counts {
  let found = steps[0];
  for (const s of steps) {
    if (s.day > day) break;
    found = s;
  }
  return found.counts;
}

const restricting = (c: Counts): number => LEVELS.filter(restricts).reduce((n, l) => n + c[l], 0);

/** "Restricting jurisdictions rose from 0 in 2014 to 9 in 2025." — the end count, and the year it was reached. */
export function spreadSentence(t: Localizer, steps: readonly SpreadStep[]): string {
  if (steps.length === 0) return '';
  const first = restricting(steps[0].counts);
  const last = restricting(steps[steps.length - 1].counts);
  // The year the last change in the restricting count happened.
  let reached = steps[0].day;
  let peak = { n: first, day: steps[0].day };
  for (let i = 1; i < steps.length; i++) {
    const n = restricting(steps[i].counts);
    if (n !== restricting(steps[i - 1].counts)) reached = steps[i].day;
    if (n > peak.n) peak = { n, day: steps[i].day };
  }
  const fromYear = t.f.year(steps[0].day);
  if (first === last && reached === steps[0].day) return t.m.spreadStayed(first, fromYear);
  const say = last > first ? t.m.spreadRose : last < first ? t.m.spreadFell : t.m.spreadReturned;
  const sentence = say(first, fromYear, last, t.f.year(reached));
  return peak.n > Math.max(first, last) ? t.m.spreadPeak(sentence, peak.n, t.f.year(peak.day)) : sentence;
}

/** The stacked levels, most severe at the bottom; none is the chart's empty space. */
export const STACKED: readonly Level[] = ['nationwide', 'government', 'partial', 'advisory', 'cleared'];

/**
 * One stepped area per level, in pixels: x from the span's start (0) to its end (`width`), y
 * from the bottom (`height`) up, scaled so the tallest stack reaches `top`.
 */
export function spreadAreas(
  steps: readonly SpreadStep[],
  min: number,
  max: number,
  width: number,
  height: number,
  top = 0,
): { level: Level; d: string }[] {
  if (steps.length === 0 || max <= min) return [];
  // The last step runs to the end of the span.
  const points = [...steps, { day: max, counts: steps[steps.length - 1].counts }];
  const highest = Math.max(1, ...points.map((p) => STACKED.reduce((n, l) => n + p.counts[l], 0)));
  const x = (day: number): number => ((Math.min(Math.max(day, min), max) - min) / (max - min)) * width;
  const y = (n: number): number => height - (n / highest) * (height - top);
  const series = stack<SpreadStep, Level>()
    .keys(STACKED)
    .value((p, level) => p.counts[level])(points);
  const shape = area<SeriesPoint<SpreadStep>>()
    .curve(curveStepAfter)
    .x((p) => x(p.data.day))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  return series.map((s) => ({ level: s.key, d: shape(s) ?? '' }));
}
