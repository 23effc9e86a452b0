/**
 * What a grey jurisdiction means. "No recorded action" is two different statements: the research
 * looked and found nothing (as of a date), or nobody has looked yet. The map, the tooltip and the
 * legend tell them apart from the atlas's coverage rows.
 */
import type { CompiledAtlas, Level } from '../data/types.ts';

export type CoverageState = 'actions' | 'checked' | 'unresearched';

export interface CoverageInfo {
  /** `actions`: actions are recorded; `checked`: searched, nothing found; `unresearched`: not yet searched. */
  state: CoverageState;
  /** YYYY-MM-DD, the day of the search, when the atlas has a coverage row for it. */
  checked?: string;
  /** The coverage row's note for readers, when it has one. */
  note?: string;
}

const UNRESEARCHED: CoverageInfo = { state: 'unresearched' };

// Built once per atlas: the map asks for every jurisdiction on every date change.
const indexes = new WeakMap<CompiledAtlas, Map<string, CoverageInfo>>();

function indexOf(atlas: CompiledAtlas): Map<string, CoverageInfo> {
  let index = indexes.get(atlas);
  if (index) return index;
  index = new Map();
  // Actions count as research even without a coverage row: someone found them.
  for (const a of atlas.actions) index.set(a.jurisdiction, { state: 'actions' });
  for (const c of atlas.coverage) {
    const info: CoverageInfo = { state: c.result === 'actions' ? 'actions' : 'checked', checked: c.checked };
    if (c.note) info.note = c.note;
    index.set(c.jurisdiction, info);
  }
  indexes.set(atlas, index);
  return index;
}

export function coverageOf(atlas: CompiledAtlas, id: string): CoverageInfo {
  return indexOf(atlas).get(id) ?? UNRESEARCHED;
}

export interface NoneSplit {
  /** At `none` on this date and researched: searched with nothing found, or actions only on other dates. */
  checked: number;
  /** At `none` and never searched. */
  unresearched: number;
  /** The earliest search among the checked ones, YYYY-MM-DD: "as of" holds for all of them from then on. */
  asOf: string | null;
}

/**
 * The legend's split of `none` for one date. `levels` holds only jurisdictions above none (absent
 * means none), as the day summary does; `ids` are the jurisdictions the legend counts.
 * A jurisdiction whose actions start later, or have ended, is grey on this date but was researched,
 * so it counts as checked.
 */
export function splitNone(atlas: CompiledAtlas, levels: ReadonlyMap<string, Level>, ids: Iterable<string>): NoneSplit {
  const split: NoneSplit = { checked: 0, unresearched: 0, asOf: null };
  for (const id of ids) {
    if ((levels.get(id) ?? 'none') !== 'none') continue;
    const info = coverageOf(atlas, id);
    if (info.state === 'unresearched') {
      split.unresearched += 1;
      continue;
    }
    split.checked += 1;
    if (info.checked && (split.asOf === null || info.checked < split.asOf)) split.asOf = info.checked;
  }
  return split;
}
