/**
 * The validator against folders of broken data, one per kind of error: each must give
 * exactly the messages in its expected.txt (file:line:column, the problem and the fix),
 * no more and no fewer; and the CLI exits non-zero having written nothing.
 *
 * tests/fixtures/broken/<kind>/ holds a broken atlas. tests/fixtures/broken-tables/<kind>/
 * holds one or more broken shared or alliance tables (countries.csv, bodies.csv, scale.csv,
 * alliances.csv, memberships.csv); every table it does not hold comes from data/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, loadAlliances, loadAtlas, loadReference } from '../../scripts/read-data.ts';
import { formatProblem, type Problem, type Reference } from '../../src/lib/data/validate.ts';
import { parseDay } from '../../src/lib/data/dates.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const DATA = join(ROOT, 'data');
const TODAY = parseDay('2024-06-01') as number;
const broken = readdirSync(join(FIXTURES, 'broken'));
const brokenTables = readdirSync(join(FIXTURES, 'broken-tables'));

// Read inside the tests rather than at import, so that mutation testing can tell which test
// exercised which line of the validator.
let cached: Reference | null = null;
function reference(): Reference {
  cached ??= loadReference(DATA, TODAY).ref;
  if (!cached) throw new Error('shared tables invalid');
  return cached;
}

/** Messages as the CLI prints them, with each file named by its base name. */
const messages = (problems: readonly Problem[]): string[] =>
  problems.map((p) => formatProblem({ ...p, file: p.file.split('/').pop() as string }));
const expected = (dir: string): string[] => readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);

describe('broken atlases', () => {
  it('cover at least twenty kinds of error', () => {
    expect(broken.length).toBeGreaterThanOrEqual(20);
  });

  it.each(broken)('%s gives exactly its expected messages', (kind) => {
    const dir = join(FIXTURES, 'broken', kind);
    const result = loadAtlas(dir, kind, reference());
    expect(result.value).toBeNull();
    expect(messages(result.problems)).toEqual(expected(dir));
  });
});

describe('broken shared and alliance tables', () => {
  it.each(brokenTables)('%s gives exactly its expected messages', (kind) => {
    const dir = join(FIXTURES, 'broken-tables', kind);
    const shared = loadReference(DATA, TODAY, dir);
    const problems = shared.ref ? loadAlliances(DATA, shared.ref, dir).problems : shared.problems;
    expect(messages(problems)).toEqual(expected(dir));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('read the tables from data/ where a fixture has none of its own', () => {
    const ref = reference();
    expect(loadAlliances(DATA, ref, join(FIXTURES, 'broken-tables/unknown-level')).problems).toEqual([]);
    expect(loadAlliances(DATA, ref).value?.alliances.map((a) => a.id)).toEqual(['five-eyes', 'nato', 'eu', 'g7']);
  });
});

describe('a second atlas (another vendor)', () => {
  it('compiles from its own folder and answers status queries with no vendor-specific code', () => {
    const result = loadAtlas(join(FIXTURES, 'atlases/acme'), 'acme', reference());
    expect(result.problems).toEqual([]);
    const engine = new StatusEngine(result.value!);
    const d = (s: string) => parseDay(s) as number;
    expect(engine.statusOf('FRA', d('2020-02-29'))).toBe('none');
    expect(engine.statusOf('FRA', d('2020-03-01'))).toBe('advisory');
    expect(engine.statusOf('DEU', d('2022-03-31'))).toBe('partial');
    expect(engine.statusOf('DEU', d('2022-04-01'))).toBe('none');
    expect(engine.statusOf('DEU', d('2022-06-15'))).toBe('nationwide');
    expect(engine.statusOf('XIN', d('2020-01-01'))).toBe('cleared');
  });

  it('compiles its translated summaries and scopes, apart from the English atlas', () => {
    const result = loadAtlas(join(FIXTURES, 'atlases/acme'), 'acme', reference());
    expect(result.text?.de.actions).toEqual({
      'fra-2020': { summary: 'Frankreich warnte vor Acme.', scope: 'Alle' },
      'deu-2022': { summary: 'Deutschland verbot jeden Verkauf von Acme.' },
    });
    expect(result.text?.fr.actions).toEqual({ 'deu-2022': { summary: "L'Allemagne a interdit toute vente d'Acme." } });
    expect(result.text?.de.atlas.title).toBe('Wer verbietet Acme?');
    expect(JSON.stringify(result.value)).not.toContain('Frankreich');
  });

  it('reads a spreadsheet export: BOM, CRLF, quoted commas and newlines, stray spaces', () => {
    const result = loadAtlas(join(FIXTURES, 'atlases-excel/acme'), 'acme', reference());
    expect(result.problems).toEqual([]);
    const fra = result.value!.actions.find((a) => a.id === 'fra-2020');
    expect(fra?.jurisdiction).toBe('FRA');
    expect(fra?.scope).toBe('Everyone,\nincluding, schools');
    expect(result.text?.de.actions['fra-2020']).toEqual({ summary: 'Frankreich warnte vor Acme.' });
  });
});

describe('npm run data:check', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/data.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('reports every problem at once, exits 1 and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-'));
    const r = run('--atlases', join(FIXTURES, 'broken'), '--today', '2024-06-01', '--out', out);
    expect(r.status).toBe(1);
    for (const kind of broken) expect(r.stderr).toContain(`tests/fixtures/broken/${kind}/`);
    expect(r.stderr).toMatch(/^tests\/fixtures\/broken\/bad-date\/actions\.csv:2:14: /m);
    expect(readdirSync(out)).toEqual([]);
  });

  it('passes the valid test atlas', () => {
    const r = run('--check', '--atlases', join(FIXTURES, 'atlases'), '--today', '2024-06-01');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(FIXTURES, 'atlases/acme/atlas.csv'))).toBe(true);
  });
});
