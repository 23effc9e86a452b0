/**
 * What a date adds up to: counts per level (every jurisdiction, and the countries on the map
 * only, which is what the legend shows) and the restricting jurisdictions, most severe first.
 * One computation for the app's state, the prerender and the exports.
 */
import { LEVELS, levelRank, restricts, type Jurisdiction, type Level } from '../data/types.ts';
import type { Counts } from './engine.ts';

export interface DaySummary {
  counts: Counts;
  mapCounts: Counts;
  /** Ids at `partial` or above, by severity, then by name. */
  restricting: string[];
}

export function emptyCounts(): Counts {
  return Object.fromEntries(LEVELS.map((l) => [l, 0])) as Counts;
}

/** `levels` holds only jurisdictions with a level other than none; absent means none. */
export function summariseDay(
  levels: ReadonlyMap<string, Level>,
  jurisdictions: readonly Jurisdiction[],
  nameOf: (id: string) => string,
): DaySummary {
  const counts = emptyCounts();
  const mapCounts = emptyCounts();
  for (const j of jurisdictions) {
    const level = levels.get(j.id) ?? 'none';
    counts[level] += 1;
    if (j.kind === 'country') mapCounts[level] += 1;
  }
  const restricting = [...levels]
    .filter(([, l]) => restricts(l))
    .sort(([a, la], [b, lb]) => levelRank(lb) - levelRank(la) || nameOf(a).localeCompare(nameOf(b)))
    .map(([id]) => id);
  return { counts, mapCounts, restricting };
}

/** A count per level among `ids` (absent from `levels` means none): a region's countries, for its legend. */
export function countsAmong(levels: ReadonlyMap<string, Level>, ids: Iterable<string>): Counts {
  const counts = emptyCounts();
  for (const id of ids) counts[levels.get(id) ?? 'none'] += 1;
  return counts;
}
