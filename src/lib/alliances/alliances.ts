/** Alliance membership on a date, and how many members restrict the vendor then. */
import { lastDayOf, parsePartialDate } from '../data/dates.ts';
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
  members: string[];
  restricting: string[];
}

export function summarise(alliance: Alliance, day: number, statusOf: (id: string, day: number) => Level): AllianceSummary {
  const members = membersOn(alliance, day);
  return {
    id: alliance.id,
    name: alliance.name,
    members,
    restricting: members.filter((m) => restricts(statusOf(m, day))),
  };
}

/** "Five Eyes: 4 of 5 members restrict" */
export function summaryText(s: AllianceSummary): string {
  const verb = s.restricting.length === 1 ? 'restricts' : 'restrict';
  return `${s.name}: ${s.restricting.length} of ${s.members.length} members ${verb}`;
}
