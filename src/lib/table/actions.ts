/** The chronological list of every action: filtered by level and jurisdiction, oldest or newest first. */
import type { Action, ActionLevel } from '../data/types.ts';

export interface ActionQuery {
  /** Levels to show; empty shows all. */
  levels: readonly ActionLevel[];
  /** A jurisdiction id, or null for all. */
  jurisdiction: string | null;
  newestFirst: boolean;
}

/** `days[i]` is the day of `actions[i]`, ascending, as the engine keeps them. */
export function actionRows(
  actions: readonly Action[],
  days: readonly number[],
  query: ActionQuery,
): { action: Action; day: number }[] {
  const rows = actions
    .map((action, i) => ({ action, day: days[i] }))
    .filter(
      ({ action }) =>
        (query.levels.length === 0 || query.levels.includes(action.level)) &&
        (query.jurisdiction === null || action.jurisdiction === query.jurisdiction),
    );
  return query.newestFirst ? rows.reverse() : rows;
}
