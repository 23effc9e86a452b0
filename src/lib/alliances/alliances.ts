/** Alliance membership on a date, and how many members restrict the vendor then. */
import { lastDayOf, parsePartialDate } from '../data/dates.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { restricts, type Alliance, type Level } from '../data/types.ts';

function inForce(from: string, to: string | null, day: number): boolean {
  const f = parsePartialDate(from);
  if (!f || f.day > day) return false;
  if (!to) return true;
  const t = parsePartialDate(to);
  return !!t && lastDayOf(t) >= day;
}

export function membersOn(alliance: Alliance, day: number): string[] {
  return alliance.members.filter((m) => inForce(m.from.iso, m.to?.iso ?? null, day)).map((m) => m.member);
}

export interface AllianceSummary {
  id: string;
  name: string;
  short: string;
  description: string;
  members: string[];
  restricting: string[];
}

export function summarise(alliance: Alliance, day: number, statusOf: (id: string, day: number) => Level): AllianceSummary {
  const members = membersOn(alliance, day);
  return {
    id: alliance.id,
    name: alliance.name,
    short: alliance.short,
    description: alliance.description,
    members,
    restricting: members.filter((m) => restricts(statusOf(m, day))),
  };
}

/** "Five Eyes: 4 of 5 members restrict", with the alliance's name in the reader's language. */
export function summaryText(t: Localizer, s: AllianceSummary): string {
  return t.m.allianceSummary(t.alliance(s, 'name').text, s.restricting.length, s.members.length);
}
