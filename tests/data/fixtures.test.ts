/**
 * The validator against a folder of broken atlases, one per kind of error: each must be
 * reported at the right file, line and column, with a fix; and the CLI exits non-zero
 * having written nothing.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, loadAtlas, loadReference } from '../../scripts/read-data.ts';
import { formatProblem } from '../../src/lib/data/validate.ts';
import { parseDay } from '../../src/lib/data/dates.ts';
import { StatusEngine } from '../../src/lib/status/engine.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const { ref } = loadReference(join(ROOT, 'data'), parseDay('2024-06-01') as number);
if (!ref) throw new Error('shared tables invalid');
const broken = readdirSync(join(FIXTURES, 'broken'));

describe('broken atlases', () => {
  it('cover at least twenty kinds of error', () => {
    expect(broken.length).toBeGreaterThanOrEqual(20);
  });

  it.each(broken)('%s is reported precisely', (kind) => {
    const dir = join(FIXTURES, 'broken', kind);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim();
    const result = loadAtlas(dir, kind, ref);
    expect(result.value).toBeNull();
    const messages = result.problems.map((p) => formatProblem({ ...p, file: p.file.split('/').pop() as string }));
    expect(messages.some((m) => m.startsWith(expected)), messages.join('\n')).toBe(true);
  });
});

describe('a second atlas (another vendor)', () => {
  it('compiles from its own folder and answers status queries with no vendor-specific code', () => {
    const result = loadAtlas(join(FIXTURES, 'atlases/acme'), 'acme', ref);
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

  it('reads a spreadsheet export: BOM, CRLF, quoted commas and newlines, stray spaces', () => {
    const result = loadAtlas(join(FIXTURES, 'atlases-excel/acme'), 'acme', ref);
    expect(result.problems).toEqual([]);
    const fra = result.value!.actions.find((a) => a.id === 'fra-2020');
    expect(fra?.jurisdiction).toBe('FRA');
    expect(fra?.scope).toBe('Everyone,\nincluding, schools');
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
