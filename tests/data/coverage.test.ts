/**
 * coverage.csv: which jurisdictions the research has searched, and with what result. Each broken
 * fixture must produce exactly the messages in its expected.txt, no more and no fewer.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadAtlas, loadReference } from '../../scripts/read-data.ts';
import { formatProblem, validateAtlas, type TextFile } from '../../src/lib/data/validate.ts';
import { parseDay } from '../../src/lib/data/dates.ts';
import { loaded } from './load.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const { ref } = loadReference(join(ROOT, 'data'), parseDay('2024-06-01') as number);
if (!ref) throw new Error('shared tables invalid');
const broken = readdirSync(join(FIXTURES, 'broken')).filter((k) => k.startsWith('coverage-'));

describe('broken coverage', () => {
  it('has a fixture for every coverage rule', () => {
    expect(broken.length).toBeGreaterThanOrEqual(12);
  });

  it.each(broken)('%s gives exactly the expected messages', (kind) => {
    const dir = join(FIXTURES, 'broken', kind);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const result = loadAtlas(dir, kind, ref);
    expect(result.value).toBeNull();
    // Messages name files by their path from the project root; the fixture's folder is left out here.
    const messages = result.problems.map((p) => formatProblem(p).replaceAll(`tests/fixtures/broken/${kind}/`, ''));
    expect(messages).toEqual(expected);
  });
});

const acmeDir = join(FIXTURES, 'atlases/acme');
const acmeFile = (name: string, text?: string): TextFile => ({ name, text: text ?? readFileSync(join(acmeDir, name), 'utf8') });
const acmeWith = (coverage: string | undefined) =>
  validateAtlas(
    {
      folder: 'acme',
      atlas: acmeFile('atlas.csv'),
      actions: acmeFile('actions.csv'),
      sources: acmeFile('sources.csv'),
      coverage: coverage === undefined ? undefined : acmeFile('coverage.csv', coverage),
    },
    ref,
  );

describe('compiled coverage', () => {
  it('lists every row, sorted by jurisdiction, with its date, result, search and note', () => {
    const result = loadAtlas(acmeDir, 'acme', ref);
    expect(result.problems).toEqual([]);
    const coverage = result.value!.coverage;
    expect(coverage.map((c) => c.jurisdiction)).toEqual(['DEU', 'ESP', 'FRA', 'ITA', 'XIN']);
    expect(coverage.find((c) => c.jurisdiction === 'ITA')).toEqual({
      jurisdiction: 'ITA',
      checked: '2023-11-03',
      result: 'nothing-found',
      searched: 'ACN, Gazzetta Ufficiale, Camera dei deputati; Acme; Italian and English',
      note: 'Only press reports of a debate, no decision.',
    });
  });

  it('is optional: an atlas without coverage.csv compiles with an empty list', () => {
    const result = acmeWith(undefined);
    expect(result.problems).toEqual([]);
    expect(result.value!.coverage).toEqual([]);
  });

  it('lists a body that was searched but has no action, so a reader can see it was checked', () => {
    const header = 'jurisdiction,checked,result,searched,note\n';
    const without = acmeWith(header);
    expect(without.value!.jurisdictions.some((j) => j.id === 'XEP')).toBe(false);
    const withRow = acmeWith(`${header}XEP,2023-11-05,nothing-found,Texts adopted; Acme; English,\n`);
    expect(withRow.problems).toEqual([]);
    expect(withRow.value!.jurisdictions.find((j) => j.id === 'XEP')).toEqual({
      id: 'XEP',
      name: 'European Parliament',
      kind: 'body',
    });
  });

  it('accepts a check dated today, and an action dated on a later check', () => {
    const header = 'jurisdiction,checked,result,searched,note\n';
    const result = acmeWith(`${header}ITA,2024-06-01,nothing-found,ACN; Acme; Italian,\nFRA,2020-03-01,actions,ANSSI; Acme; French,\n`);
    expect(result.problems).toEqual([]);
  });
});

// The methodology's "How we searched" promises these; a new atlas must search them all.
const PROMISED = {
  eu: 'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE',
  nato: 'ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA',
  oecd: 'AUS AUT BEL CAN CHL COL CRI CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ISR ITA JPN KOR LVA LTU LUX MEX NLD NZL NOR POL PRT SVK SVN ESP SWE CHE TUR GBR USA',
  g20: 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA',
  fiveEyes: 'USA GBR CAN AUS NZL',
  plus: 'UKR MDA GEO CHE NOR ISR TWN SGP XEP XEC XCL XIN',
};

describe.each(loaded.atlases.map((a) => [a.atlas.id, a] as const))('the %s atlas', (_, atlas) => {
  const rows = new Set(atlas.coverage.map((c) => c.jurisdiction));

  it('has searched every jurisdiction the methodology promises', () => {
    const promised = new Set(Object.values(PROMISED).flatMap((list) => list.split(' ')));
    expect([...promised].filter((id) => !rows.has(id))).toEqual([]);
  });

  it('has a coverage row for every jurisdiction with actions, saying when it was searched', () => {
    expect([...new Set(atlas.actions.map((a) => a.jurisdiction))].filter((id) => !rows.has(id))).toEqual([]);
  });
});
