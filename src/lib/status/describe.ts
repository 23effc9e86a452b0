/** Words for statuses, changes and dates, shared by the map, the slider and the live region. */
import { formatDay } from '../data/dates.ts';
import { LEVELS, restricts, type CompiledAtlas, type Level } from '../data/types.ts';
import type { Change, Counts } from './engine.ts';

export function levelLabel(atlas: CompiledAtlas, level: Level): string {
  return atlas.scale.find((s) => s.level === level)?.label ?? level;
}

export function restrictingCount(counts: Counts): number {
  return LEVELS.filter(restricts).reduce((n, l) => n + counts[l], 0);
}

/** "21 February 2025: 9 jurisdictions restrict" — the slider's aria-valuetext. */
export function dateValueText(day: number, counts: Counts): string {
  const n = restrictingCount(counts);
  return `${formatDay(day)}: ${n} ${n === 1 ? 'jurisdiction restricts' : 'jurisdictions restrict'}`;
}

/** "Australia: Government-wide ban; Italy: Warning" — what the live region says. */
export function changesText(
  atlas: CompiledAtlas,
  changes: readonly Pick<Change, 'jurisdiction' | 'to'>[],
  names: ReadonlyMap<string, string>,
  max = 3,
): string {
  const parts = changes.slice(0, max).map((c) => `${names.get(c.jurisdiction) ?? c.jurisdiction}: ${levelLabel(atlas, c.to)}`);
  if (changes.length > max) parts.push(`and ${changes.length - max} more`);
  return parts.join('; ');
}

/** One sentence for the date: the text alternative to the map. */
export function summarySentence(atlas: CompiledAtlas, day: number, counts: Counts, names: readonly string[]): string {
  const n = restrictingCount(counts);
  const subject = atlas.atlas.subject;
  if (n === 0) return `On ${formatDay(day)}, no government restricted ${subject}.`;
  // Joined by position, not by searching for the last comma: names such as "Virgin
  // Islands, British" hold commas of their own.
  const shown = names.slice(0, 4);
  const last = names.length > 4 ? `${names.length - 4} more` : shown.pop();
  const list = shown.length ? `${shown.join(', ')} and ${last}` : (last ?? '');
  return `On ${formatDay(day)}, ${n} ${n === 1 ? 'jurisdiction restricted' : 'jurisdictions restricted'} ${subject}: ${list}.`;
}
