/** Words for statuses, changes and dates, shared by the map, the slider and the live region. */
import { LEVELS, restricts, type CompiledAtlas, type Level } from '../data/types.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { Change, Counts } from './engine.ts';

/** The data's own (English) label for a level: for tests and build scripts that speak the data's language. */
export function levelLabel(atlas: CompiledAtlas, level: Level): string {
  return atlas.scale.find((s) => s.level === level)?.label ?? level;
}

export function restrictingCount(counts: Counts): number {
  return LEVELS.filter(restricts).reduce((n, l) => n + counts[l], 0);
}

/** "21 February 2025: 9 jurisdictions restrict" — the slider's aria-valuetext. */
export function dateValueText(t: Localizer, day: number, counts: Counts): string {
  return t.m.dateValue(t.f.day(day), restrictingCount(counts));
}

/** "Australia: Government-wide ban; Italy: Warning" — what the live region says. */
export function changesText(t: Localizer, changes: readonly Pick<Change, 'jurisdiction' | 'to'>[], max = 3): string {
  const parts = changes.slice(0, max).map((c) => t.m.change(t.name(c.jurisdiction), t.level(c.to).text));
  if (changes.length > max) parts.push(t.m.changesMore(changes.length - max));
  return parts.join('; ');
}

/** One sentence for the date: the text alternative to the map. */
export function summarySentence(t: Localizer, day: number, counts: Counts, names: readonly string[]): string {
  const n = restrictingCount(counts);
  const subject = t.meta('subject').text;
  const date = t.f.day(day);
  if (n === 0) return t.m.summaryNone(date, subject);
  // Listed by position, then joined by Intl.ListFormat: names such as "Virgin Islands,
  // British" hold commas of their own.
  const shown = names.length > 4 ? [...names.slice(0, 4), t.m.andMore(names.length - 4)] : names;
  return t.m.summarySome(date, n, subject, t.f.list(shown));
}
