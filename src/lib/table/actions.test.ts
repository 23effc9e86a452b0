import { describe, expect, it } from 'vitest';
import { actionRows } from './actions.ts';
import type { Action, ActionLevel } from '../data/types.ts';

const a = (id: string, jurisdiction: string, level: ActionLevel) => ({ id, jurisdiction, level }) as Action;
const actions = [a('a', 'AAA', 'advisory'), a('b', 'BBB', 'partial'), a('c', 'AAA', 'context'), a('d', 'BBB', 'advisory')];
const days = [10, 20, 20, 30];
const ids = (q: Parameters<typeof actionRows>[2]) => actionRows(actions, days, q).map((r) => `${r.action.id}${r.day}`);

describe('actionRows', () => {
  it('lists every action with its day, oldest first or newest first', () => {
    expect(ids({ levels: [], jurisdiction: null, newestFirst: false })).toEqual(['a10', 'b20', 'c20', 'd30']);
    expect(ids({ levels: [], jurisdiction: null, newestFirst: true })).toEqual(['d30', 'c20', 'b20', 'a10']);
  });

  it('filters by level and by jurisdiction, together', () => {
    expect(ids({ levels: ['advisory'], jurisdiction: null, newestFirst: false })).toEqual(['a10', 'd30']);
    expect(ids({ levels: ['advisory', 'context'], jurisdiction: 'AAA', newestFirst: false })).toEqual(['a10', 'c20']);
    expect(ids({ levels: [], jurisdiction: 'BBB', newestFirst: false })).toEqual(['b20', 'd30']);
    expect(ids({ levels: ['nationwide'], jurisdiction: null, newestFirst: false })).toEqual([]);
  });
});
