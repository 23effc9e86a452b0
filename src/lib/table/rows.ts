/** The table view's rows: every jurisdiction with its status and latest action, filtered and sorted. */
import { dayOf } from '../status/engine.ts';
import { fold } from '../text/fold.ts';
import { levelRank, type Action, type Jurisdiction, type Level } from '../data/types.ts';

export type SortKey = 'name' | 'status' | 'latest';

export interface Sort {
  key: SortKey;
  ascending: boolean;
}

export interface TableQuery extends Sort {
  /** Part of a name, matched without case or accents. */
  filter: string;
  /** Only jurisdictions with at least one recorded action. */
  recordedOnly: boolean;
}

export interface TableSource {
  jurisdictions: readonly Jurisdiction[];
  statusOf: (id: string) => Level;
  /** Latest action on or before the date, context included. */
  latestAction: (id: string) => Action | null;
  hasActions: (id: string) => boolean;
}

export interface Row {
  id: string;
  name: string;
  level: Level;
  latest: Action | null;
}

export const DEFAULT_SORT: Sort = { key: 'status', ascending: false };

/** A click on a column: the same column flips direction; a new one starts A–Z for names, highest first otherwise. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, ascending: current.key === key ? !current.ascending : key === 'name' };
}

export function tableRows(source: TableSource, query: TableQuery): Row[] {
  const wanted = fold(query.filter.trim());
  const rows = source.jurisdictions
    .filter((j) => (!wanted || fold(j.name).includes(wanted)) && (!query.recordedOnly || source.hasActions(j.id)))
    .map((j) => ({ id: j.id, name: j.name, level: source.statusOf(j.id), latest: source.latestAction(j.id) }));
  const dir = query.ascending ? 1 : -1;
  const latestDay = (r: Row): number => (r.latest ? dayOf(r.latest.date) : -Infinity);
  const byName = (a: Row, b: Row): number => a.name.localeCompare(b.name);
  return rows.sort((a, b) => {
    if (query.key === 'name') return dir * byName(a, b);
    const diff = query.key === 'status' ? levelRank(a.level) - levelRank(b.level) : latestDay(a) - latestDay(b);
    return dir * diff || byName(a, b);
  });
}
