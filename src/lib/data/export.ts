import { toCsv } from './csv.ts';
import type { CompiledAtlas } from './types.ts';

/** The atlas as one CSV row per action, for spreadsheets: what `events.csv` holds. */
export function atlasToCsv(atlas: CompiledAtlas): string {
  const names = new Map(atlas.jurisdictions.map((j) => [j.id, j.name]));
  const header = [
    'id',
    'jurisdiction',
    'jurisdiction_name',
    'date',
    'date_precision',
    'effective',
    'ends',
    'level',
    'category',
    'authority',
    'instrument',
    'scope',
    'deadlines',
    'summary',
    'confidence',
    'notes',
    'sources',
  ];
  const rows = atlas.actions.map((a) => [
    a.id,
    a.jurisdiction,
    names.get(a.jurisdiction) ?? a.jurisdiction,
    a.date.iso,
    a.date.precision,
    a.effective?.iso ?? '',
    a.ends?.iso ?? '',
    a.level,
    a.category,
    a.authority,
    a.instrument,
    a.scope,
    a.deadlines.map((d) => `${d.date.iso}: ${d.text}`).join('; '),
    a.summary,
    a.confidence,
    a.notes,
    a.sources.map((s) => s.url).join(' '),
  ]);
  return toCsv([header, ...rows]);
}
