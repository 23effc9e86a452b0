/**
 * RFC 4180 CSV reader that remembers where every field started, so that validation
 * messages can name `file:line:column`. It accepts what spreadsheets export: a UTF-8
 * byte-order mark, CRLF or LF line ends, quoted commas, quotes and newlines.
 *
 * Kept, instead of a CSV library, only because it gives those file:line:column positions
 * for every field (the libraries give at most a row number); a property test checks it
 * against its own writer.
 */
export interface CsvField {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** Line on which the row starts (1-based). */
  line: number;
  fields: CsvField[];
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
}

export interface CsvTable {
  header: CsvField[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let fields: CsvField[] = [];
  let rowLine = 1;

  const newline = (): void => {
    line += 1;
    column = 1;
  };

  while (i <= src.length) {
    const startLine = line;
    const startColumn = column;
    let value = '';
    const quoted = src[i] === '"';
    if (quoted) {
      i += 1;
      column += 1;
      let closed = false;
      while (i < src.length) {
        const ch = src[i];
        if (ch === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i += 1;
          column += 1;
          closed = true;
          break;
        }
        if (ch === '\r' && src[i + 1] === '\n') {
          value += '\n';
          i += 2;
          newline();
          continue;
        }
        value += ch;
        i += 1;
        if (ch === '\n') newline();
        else column += 1;
      }
      if (!closed) {
        problems.push({
          line: startLine,
          column: startColumn,
          message: 'a quoted field is never closed; add the closing double quote (")',
        });
      }
      // Text between a closing quote and the next separator is kept, as spreadsheets do.
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        value += src[i];
        i += 1;
        column += 1;
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        value += src[i];
        i += 1;
        column += 1;
      }
    }
    fields.push({ value, line: startLine, column: startColumn });
    if (src[i] === ',') {
      i += 1;
      column += 1;
      continue;
    }
    // End of record: newline or end of input. A blank line is no record, but "" is one.
    if (!(fields.length === 1 && fields[0].value === '' && !quoted)) {
      records.push({ line: rowLine, fields });
    }
    fields = [];
    if (src[i] === '\r') i += 1;
    if (src[i] === '\n') i += 1;
    if (i >= src.length) break;
    newline();
    rowLine = line;
  }

  const [header, ...rows] = records;
  return { header: header ? header.fields : [], rows, problems };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula: a summary "=HYPERLINK(...)" in downloaded data could open a link or run a command. A
 * leading apostrophe makes it text again (OWASP's CSV injection advice). Only text cells get it:
 * numbers are written as numbers, and dates start with a digit.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A text cell (neutralised) or a number (written as it is). */
export type CsvCell = string | number;

/** Writes rows as CSV with CRLF line ends, as RFC 4180 and spreadsheets expect, safe to open in a spreadsheet. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const cell = (c: CsvCell): string => (typeof c === 'number' ? String(c) : quote(neutralise(c)));
  // A row of one empty value is written "", or a reader would take it for a blank line.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(cell).join(','))).join('\r\n') + '\r\n';
}
