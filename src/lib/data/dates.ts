/**
 * Dates with precision. Research often knows only the month or year of an action;
 * the data keeps that ("2022-03") and so does the display ("March 2022"), while the
 * engine counts it from the first day of the period.
 */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** As written in the data: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: Precision;
  /** Days since 1970-01-01 of the first day of the period. */
  day: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns null for anything else, including 2023-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const dd = m[3] === undefined ? 1 : Number(m[3]);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, the round trip below rejects month 0 or 13 and day 0 too (Date.UTC rolls them over)
  if (month < 1 || month > 12 || dd < 1) return null;
  const day = dayNumber(year, month, dd);
  if (isoFromDay(day) !== `${m[1]}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`) {
    return null;
  }
  const precision: Precision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { iso: text, precision, day };
}

/** Parses a full YYYY-MM-DD date only. */
export function parseDay(text: string): number | null {
  const d = parsePartialDate(text);
  return d && d.precision === 'day' ? d.day : null;
}

/** The last day a partial date can mean: 2022-03 ends on 2022-03-31. */
export function lastDayOf(d: PartialDate): number {
  const [y, m] = d.iso.split('-').map(Number);
  if (d.precision === 'year') return dayNumber(y + 1, 1, 1) - 1;
  if (d.precision === 'month') return dayNumber(y, m + 1, 1) - 1;
  return d.day;
}

/** "21 February 2025", "March 2022" or "2017", as the precision allows. */
export function formatPartialDate(d: Pick<PartialDate, 'iso' | 'precision'>): string {
  const [y, m, dd] = d.iso.split('-').map(Number);
  if (d.precision === 'year') return String(y);
  if (d.precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${dd} ${MONTHS[m - 1]} ${y}`;
}

export function formatDay(day: number): string {
  return formatPartialDate({ iso: isoFromDay(day), precision: 'day' });
}

/** Today as a day number in UTC, the calendar every date in the data uses. */
export function todayDay(now: Date = new Date()): number {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
