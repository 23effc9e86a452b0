import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dayNumber,
  formatDay,
  formatPartialDate,
  isoFromDay,
  lastDayOf,
  parseDay,
  parsePartialDate,
  todayDay,
  type PartialDate,
} from './dates.ts';

// Day numbers worked out independently (Date.parse(iso) / 86 400 000), not with the code under test.
const DAYS: [string, number][] = [
  ['1970-01-01', 0],
  ['1969-12-31', -1],
  ['1900-03-01', -25508],
  ['2000-01-01', 10957],
  ['2000-02-29', 11016],
  ['2023-03-01', 19417],
  ['2024-02-29', 19782],
  ['2024-03-01', 19783],
  ['2024-06-01', 19875],
  ['2024-12-31', 20088],
  ['2025-01-01', 20089],
];

describe('dayNumber and isoFromDay', () => {
  it.each(DAYS)('%s is day %i, both ways', (iso, day) => {
    const [y, m, d] = iso.split('-').map(Number);
    expect(dayNumber(y, m, d)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2024', 'year', 19723],
    ['2024-02', 'month', 19754],
    ['2024-12', 'month', 20058],
    ['2024-02-29', 'day', 19782],
    ['2000-02-29', 'day', 11016],
    ['2024-12-31', 'day', 20088],
    ['2023-01-31', 'day', 19388],
    ['2023-04-30', 'day', 19477],
  ] as const)('reads %s as a %s from day %i', (iso, precision, day) => {
    expect(parsePartialDate(iso)).toEqual({ iso, precision, day });
  });

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'a century that is not a leap year'],
    ['2024-02-30', 'past the end of February'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-01-32', 'no month has 32 days'],
    ['2024-01-00', 'day zero'],
    ['2024-00', 'month zero'],
    ['2024-13', 'month thirteen'],
    ['2024-00-10', 'month zero with a day'],
    ['2024-13-01', 'month thirteen with a day'],
    ['2024-3', 'a one-digit month'],
    ['2024-03-1', 'a one-digit day'],
    ['24', 'a two-digit year'],
    ['20245', 'a five-digit year'],
    ['', 'nothing'],
    [' 2024', 'a leading space'],
    ['2024-03-01 ', 'a trailing space'],
    ['2024/03/01', 'slashes'],
    ['2024-03-01T00:00', 'a time'],
    ['March 2024', 'words'],
  ])('rejects "%s" (%s)', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('parseDay', () => {
  it('takes a full date only', () => {
    expect(parseDay('2024-02-29')).toBe(19782);
    expect(parseDay('2024-02')).toBeNull();
    expect(parseDay('2024')).toBeNull();
    expect(parseDay('2024-02-30')).toBeNull();
  });
});

describe('lastDayOf', () => {
  const last = (iso: string): string => isoFromDay(lastDayOf(parsePartialDate(iso) as PartialDate));
  it.each([
    ['2024', '2024-12-31'],
    ['2023-02', '2023-02-28'],
    ['2024-02', '2024-02-29'],
    ['2000-02', '2000-02-29'],
    ['1900-02', '1900-02-28'],
    ['2024-04', '2024-04-30'],
    ['2024-01', '2024-01-31'],
    ['2024-12', '2024-12-31'], // the month after December is next January
    ['2024-03-15', '2024-03-15'],
    ['2024-12-31', '2024-12-31'],
  ])('%s ends on %s', (iso, end) => {
    expect(last(iso)).toBe(end);
  });
});

describe('formatPartialDate and formatDay', () => {
  it.each([
    ['2017', 'year', '2017'],
    ['2022-03', 'month', 'March 2022'],
    ['2025-02-21', 'day', '21 February 2025'],
    ['2025-01-05', 'day', '5 January 2025'],
  ] as const)('writes %s (%s) as "%s"', (iso, precision, text) => {
    expect(formatPartialDate({ iso, precision })).toBe(text);
  });

  it('names every month', () => {
    const names = Array.from({ length: 12 }, (_, i) =>
      formatPartialDate({ iso: `2020-${String(i + 1).padStart(2, '0')}`, precision: 'month' }),
    );
    expect(names).toEqual([
      'January 2020',
      'February 2020',
      'March 2020',
      'April 2020',
      'May 2020',
      'June 2020',
      'July 2020',
      'August 2020',
      'September 2020',
      'October 2020',
      'November 2020',
      'December 2020',
    ]);
  });

  it.each([
    [0, '1 January 1970'],
    [-1, '31 December 1969'],
    [19782, '29 February 2024'],
    [20088, '31 December 2024'],
  ])('day %i is %s', (day, text) => {
    expect(formatDay(day)).toBe(text);
  });
});

describe('todayDay', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts UTC days: the whole of 1 June 2024 UTC is one day', () => {
    expect(todayDay(new Date('2024-06-01T00:00:00Z'))).toBe(19875);
    expect(todayDay(new Date('2024-06-01T23:59:59.999Z'))).toBe(19875);
    expect(todayDay(new Date('2024-06-02T00:00:00Z'))).toBe(19876);
    expect(todayDay(new Date('1969-12-31T12:00:00Z'))).toBe(-1);
  });

  it('defaults to now', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-06-01T12:00:00Z'));
    expect(todayDay()).toBe(19875);
  });
});
