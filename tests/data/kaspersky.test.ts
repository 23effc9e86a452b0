import { describe, expect, it } from 'vitest';
import { loaded, realAtlas } from './load.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';
import { summarise } from '../../src/lib/alliances/alliances.ts';
import { parseDay } from '../../src/lib/data/dates.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/read-data.ts';

const atlas = realAtlas();
const engine = new StatusEngine(atlas);
const d = (iso: string) => parseDay(iso) as number;
const alliance = (id: string) => {
  const a = loaded.alliances?.alliances.find((x) => x.id === id);
  if (!a) throw new Error(`no alliance ${id}`);
  return a;
};

describe('the Kaspersky atlas', () => {
  it('compiles with no problems and every row of actions.csv', () => {
    expect(loaded.problems).toEqual([]);
    const rows = parseCsv(readFileSync(join(ROOT, 'data/atlases/kaspersky/actions.csv'), 'utf8')).rows;
    expect(atlas.actions).toHaveLength(rows.length);
  });

  it('gives every action a source a reader can open', () => {
    for (const a of atlas.actions) {
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      for (const s of a.sources) expect(s.url, a.id).toMatch(/^https:\/\//);
    }
  });

  it.each([
    ['LTU', '2017-12-19', 'none'],
    ['LTU', '2017-12-20', 'partial'],
    ['USA', '2018-01-01', 'government'],
    ['USA', '2024-06-19', 'government'],
    ['USA', '2024-06-20', 'nationwide'],
    ['AUS', '2017-10-01', 'cleared'],
    ['AUS', '2017-10-31', 'cleared'],
    ['AUS', '2025-02-20', 'cleared'],
    ['AUS', '2025-02-21', 'government'],
    ['DEU', '2017-10-10', 'none'],
    ['DEU', '2017-10-11', 'cleared'],
    ['DEU', '2022-03-14', 'cleared'],
    ['DEU', '2022-03-15', 'advisory'],
    ['UKR', '2016-01-01', 'government'],
    ['UKR', '2017-05-15', 'nationwide'],
    ['USA', '2016-01-01', 'none'],
    ['ITA', '2025-11-21', 'government'],
    ['ITA', '2025-11-22', 'government'],
    ['XEP', '2018-06-13', 'advisory'],
    ['CZE', '2022-03-03', 'none'],
    ['CZE', '2022-03-04', 'advisory'],
    ['EST', '2017-08-31', 'none'],
    ['EST', '2017-09-01', 'advisory'],
    ['FRA', '2022-03-01', 'none'],
    ['FRA', '2022-03-02', 'advisory'],
    ['UKR', '2020-05-13', 'nationwide'],
    ['UKR', '2020-05-14', 'nationwide'],
    ['UKR', '2024-01-01', 'nationwide'],
    ['ROU', '2022-12-12', 'none'],
    ['ROU', '2022-12-13', 'government'],
    ['XIN', '2018-01-01', 'none'],
    ['XEC', '2018-04-06', 'cleared'],
  ])('%s on %s is %s', (id, date, level) => {
    expect(engine.statusOf(id, d(date))).toBe(level);
  });

  it.each([
    ['2024-12-31', 3],
    ['2025-03-01', 4],
  ])('Five Eyes on %s: %i of 5 restrict', (date, n) => {
    const s = summarise(alliance('five-eyes'), d(date), (id, day) => engine.statusOf(id, day));
    expect(s.members).toHaveLength(5);
    expect(s.restricting).toHaveLength(n);
  });

  it('has Finland in NATO from 2023-04-04, not before, and the UK out of the EU after 2020-01-31', () => {
    const nato = alliance('nato');
    const eu = alliance('eu');
    const isIn = (a: typeof nato, id: string, date: string) =>
      summarise(a, d(date), () => 'none').members.includes(id);
    expect(isIn(nato, 'FIN', '2023-04-03')).toBe(false);
    expect(isIn(nato, 'FIN', '2023-04-04')).toBe(true);
    expect(isIn(eu, 'GBR', '2020-01-31')).toBe(true);
    expect(isIn(eu, 'GBR', '2020-02-01')).toBe(false);
    expect(summarise(nato, d('2025-01-01'), () => 'none').members).toHaveLength(32);
    expect(summarise(eu, d('2025-01-01'), () => 'none').members).toHaveLength(27);
  });

  it('dates the Entity List listing from its announcement, with publication as its effect', () => {
    const entity = atlas.actions.find((a) => a.id === 'usa-2024-entity');
    expect([entity?.date.iso, entity?.effective?.iso]).toEqual(['2024-06-20', '2024-06-24']);
  });

  it('names Australia as the change between 2025-02-20 and 2025-02-21', () => {
    const changes = engine.changesBetween(d('2025-02-20'), d('2025-02-21'));
    expect(changes.map((c) => [c.jurisdiction, c.to])).toEqual([['AUS', 'government']]);
  });

  it('keeps the precision of dates known only to the month or year', () => {
    const byId = new Map(atlas.actions.map((a) => [a.id, a]));
    expect(byId.get('aus-2017-statement')?.date).toEqual({ iso: '2017-10', precision: 'month' });
    expect(byId.get('est-2017-ria')?.date).toEqual({ iso: '2017-09', precision: 'month' });
    expect(byId.get('lva-2018-certlv')?.date).toEqual({ iso: '2018-12', precision: 'month' });
  });
});
