/** The outlines to draw on a date: for each chosen alliance, its membership period in force then. */
import { isoFromDay } from '../data/dates.ts';
import type { Alliance } from '../data/types.ts';
import type { OutlinePeriod, Outlines } from './outlines.ts';

export interface ShownOutline {
  id: string;
  name: string;
  short: string;
  period: OutlinePeriod;
}

export function outlinesOn(
  outlines: Outlines | null,
  alliances: readonly Alliance[],
  chosen: readonly string[],
  day: number,
): ShownOutline[] {
  if (!outlines) return [];
  const iso = isoFromDay(day);
  return chosen.flatMap((id) => {
    const period = outlines.alliances[id]?.find((p) => p.from <= iso && (p.to === null || p.to >= iso));
    const alliance = alliances.find((a) => a.id === id);
    return period && alliance ? [{ id, name: alliance.name, short: alliance.short, period }] : [];
  });
}
