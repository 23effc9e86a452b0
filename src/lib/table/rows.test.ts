import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, tableRows, type TableQuery, type TableSource } from './rows.ts';
import type { Action, Jurisdiction, Level } from '../data/types.ts';

const J: Jurisdiction[] = [
  { id: 'CIV', name: "Côte d'Ivoire", kind: 'country' },
  { id: 'AUT', name: 'Austria', kind: 'country' },
  { id: 'BEL', name: 'Belgium', kind: 'country' },
  { id: 'DNK', name: 'Denmark', kind: 'country' },
];
const levels: Record<string, Level> = { CIV: 'none', AUT: 'partial', BEL: 'partial', DNK: 'advisory' };
const latest: Record<string, Action> = {
  AUT: { id: 'aut', date: { iso: '2022-03', precision: 'month' } } as Action,
  BEL: { id: 'bel', date: { iso: '2021-05-01', precision: 'day' } } as Action,
  DNK: { id: 'dnk', date: { iso: '2023-01-01', precision: 'day' } } as Action,
};
const source: TableSource = {
  jurisdictions: J,
  statusOf: (id) => levels[id],
  latestAction: (id) => latest[id] ?? null,
  hasActions: (id) => id in latest,
};
const q = (over: Partial<TableQuery> = {}): TableQuery => ({ ...DEFAULT_SORT, filter: '', recordedOnly: false, ...over });
const ids = (query: TableQuery) => tableRows(source, query).map((r) => r.id);

describe('tableRows', () => {
  it('sorts by status, highest first, then by name', () => {
    expect(ids(q())).toEqual(['AUT', 'BEL', 'DNK', 'CIV']);
    expect(ids(q({ ascending: true }))).toEqual(['CIV', 'DNK', 'AUT', 'BEL']);
  });

  it('sorts by name and by the latest action, with no action last when descending', () => {
    expect(ids(q({ key: 'name', ascending: true }))).toEqual(['AUT', 'BEL', 'CIV', 'DNK']);
    expect(ids(q({ key: 'name', ascending: false }))).toEqual(['DNK', 'CIV', 'BEL', 'AUT']);
    expect(ids(q({ key: 'latest', ascending: false }))).toEqual(['DNK', 'AUT', 'BEL', 'CIV']);
    expect(ids(q({ key: 'latest', ascending: true }))).toEqual(['CIV', 'BEL', 'AUT', 'DNK']);
  });

  it('filters by name without case or accents, and by recorded action', () => {
    expect(ids(q({ filter: ' cote ' }))).toEqual(['CIV']);
    expect(ids(q({ filter: 'BEL' }))).toEqual(['BEL']);
    expect(ids(q({ recordedOnly: true }))).toEqual(['AUT', 'BEL', 'DNK']);
  });

  it('carries each row its level and latest action', () => {
    expect(tableRows(source, q({ filter: 'aus' }))).toEqual([
      { id: 'AUT', name: 'Austria', level: 'partial', latest: latest.AUT },
    ]);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts a new one in its natural order', () => {
    expect(nextSort({ key: 'status', ascending: false }, 'status')).toEqual({ key: 'status', ascending: true });
    expect(nextSort({ key: 'status', ascending: false }, 'name')).toEqual({ key: 'name', ascending: true });
    expect(nextSort({ key: 'name', ascending: true }, 'latest')).toEqual({ key: 'latest', ascending: false });
    expect(nextSort({ key: 'status', ascending: false }, 'latest')).toEqual({ key: 'latest', ascending: false });
  });
});
