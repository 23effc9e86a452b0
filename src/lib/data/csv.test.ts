import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutralise, parseCsv, toCsv, type CsvTable } from './csv.ts';

const values = (t: CsvTable): string[][] => [t.header.map((f) => f.value), ...t.rows.map((r) => r.fields.map((f) => f.value))];
const where = (t: CsvTable): [number, number, string][][] =>
  [t.header, ...t.rows.map((r) => r.fields)].map((fs) => fs.map((f) => [f.line, f.column, f.value]));

describe('toCsv then parseCsv', () => {
  // The characters that CSV treats specially, plus ordinary ones, a BOM and a non-ASCII letter.
  const char = fc.constantFrom('a', 'B', '1', ' ', ',', '"', '\r', '\n', '\t', 'é', '\uFEFF', ';');
  const row = fc.array(fc.string({ unit: char, maxLength: 8 }), { minLength: 1, maxLength: 5 });

  it('gives back the rows written, CRLF inside a value read as LF, formula-like text with its apostrophe', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const table = parseCsv(toCsv(rows));
        expect(table.problems).toEqual([]);
        expect(values(table)).toEqual(rows.map((r) => r.map((v) => neutralise(v).replace(/\r\n/g, '\n'))));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a row of one empty value, which is not a blank line', () => {
    expect(toCsv([['a'], [''], ['b']])).toBe('a\r\n""\r\nb\r\n');
    expect(values(parseCsv(toCsv([['a'], [''], ['b']])))).toEqual([['a'], [''], ['b']]);
  });
});

describe('toCsv', () => {
  it('quotes only what needs it, doubles quotes, and ends every line with CRLF', () => {
    expect(toCsv([['id', 'note'], ['a', 'plain'], ['b', 'x, y'], ['c', 'say "hi"'], ['d', ' padded'], ['e', 'two\nlines']])).toBe(
      'id,note\r\na,plain\r\nb,"x, y"\r\nc,"say ""hi"""\r\nd," padded"\r\ne,"two\nlines"\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('gives every field its line and column', () => {
    const t = parseCsv('id,name\nfra,France\ndeu,"Germany, Federal Republic"\n');
    expect(where(t)).toEqual([
      [
        [1, 1, 'id'],
        [1, 4, 'name'],
      ],
      [
        [2, 1, 'fra'],
        [2, 5, 'France'],
      ],
      [
        [3, 1, 'deu'],
        [3, 5, 'Germany, Federal Republic'],
      ],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(t.problems).toEqual([]);
  });

  it('drops a byte-order mark and reads CRLF like LF', () => {
    expect(where(parseCsv('\uFEFFa,b\r\n1,2\r\n'))).toEqual([
      [
        [1, 1, 'a'],
        [1, 3, 'b'],
      ],
      [
        [2, 1, '1'],
        [2, 3, '2'],
      ],
    ]);
  });

  it('counts lines inside quoted values, so later fields keep their real position', () => {
    const t = parseCsv('a,b,c\n1,"two\r\nlines, ""quoted""",3\n4,5,6');
    expect(values(t)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'two\nlines, "quoted"', '3'],
      ['4', '5', '6'],
    ]);
    expect(where(t)[1]).toEqual([
      [2, 1, '1'],
      [2, 3, 'two\nlines, "quoted"'],
      [3, 20, '3'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('keeps the columns after a quoted field and after text that follows its closing quote', () => {
    expect(where(parseCsv('x,"a,b",c\n"p"q,r\n'))).toEqual([
      [
        [1, 1, 'x'],
        [1, 3, 'a,b'],
        [1, 9, 'c'],
      ],
      [
        [2, 1, 'pq'],
        [2, 6, 'r'],
      ],
    ]);
  });

  it('counts a bare LF inside quotes as a new line', () => {
    const t = parseCsv('a,b\n"x\ny",z\nc,d\n');
    expect(where(t)[1]).toEqual([
      [2, 1, 'x\ny'],
      [3, 4, 'z'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('keeps an empty last field at the very end of the file', () => {
    expect(values(parseCsv('a,b\n1,'))).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('keeps a lone CR inside quotes, and ends a record at a lone CR outside them', () => {
    expect(values(parseCsv('a\n"x\ry"\n'))).toEqual([['a'], ['x\ry']]);
    expect(values(parseCsv('a\rb\r'))).toEqual([['a'], ['b']]);
  });

  it('skips blank lines but keeps empty fields', () => {
    const t = parseCsv('a,b\n\n1,\n\n,2\n\n');
    expect(values(t)).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('reads no header from an empty file', () => {
    expect(parseCsv('')).toEqual({ header: [], rows: [], problems: [] });
    expect(parseCsv('\uFEFF')).toEqual({ header: [], rows: [], problems: [] });
  });

  it('reads a file without a final newline', () => {
    expect(values(parseCsv('a,b\n1,2'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps text after a closing quote, as spreadsheets do', () => {
    expect(values(parseCsv('a,b\n"x"y z,2\n'))).toEqual([
      ['a', 'b'],
      ['xy z', '2'],
    ]);
  });

  it('reports a quote that is never closed where the field starts, and keeps the rest as its value', () => {
    const t = parseCsv('a,b\n1,"open\n2,3\n');
    expect(t.problems).toEqual([{ line: 2, column: 3, message: 'a quoted field is never closed; add the closing double quote (")' }]);
    expect(values(t)).toEqual([
      ['a', 'b'],
      ['1', 'open\n2,3\n'],
    ]);
  });
});

describe('toCsv in a spreadsheet', () => {
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
