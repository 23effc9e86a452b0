import { toCsv } from './csv.ts';
import type { Action, CompiledAtlas } from './types.ts';

/**
 * The atlas as one CSV row per action, for spreadsheets: what `events.csv` holds. A download from
 * the interface starts with a note in the reader's language (one cell, after "# ") on what the
 * file is; the columns stay the data's.
 */
export function atlasToCsv(atlas: CompiledAtlas, note?: string): string {
  const names = new Map(atlas.jurisdictions.map((j) => [j.id, j.name]));
  // Each column with its value, so the header and the rows cannot drift apart.
  const columns: [string, (a: Action) => string][] = [
    ['id', (a) => a.id],
    ['jurisdiction', (a) => a.jurisdiction],
    ['jurisdiction_name', (a) => names.get(a.jurisdiction) ?? a.jurisdiction],
    ['date', (a) => a.date.iso],
    ['date_precision', (a) => a.date.precision],
    ['effective', (a) => a.effective?.iso ?? ''],
    ['ends', (a) => a.ends?.iso ?? ''],
    ['level', (a) => a.level],
    ['category', (a) => a.category],
    ['authority', (a) => a.authority],
    ['instrument', (a) => a.instrument],
    ['scope', (a) => a.scope],
    ['deadlines', (a) => a.deadlines.map((d) => `${d.date.iso}: ${d.text}`).join('; ')],
    ['summary', (a) => a.summary],
    ['confidence', (a) => a.confidence],
    ['notes', (a) => a.notes],
    ['sources', (a) => a.sources.map((s) => s.url).join(' ')],
  ];
  const rows = [columns.map(([name]) => name), ...atlas.actions.map((a) => columns.map(([, value]) => value(a)))];
  return toCsv(note ? [[`# ${note}`], ...rows] : rows);
}
