import { describe, expect, it } from 'vitest';
import { membersOn, summarise, summaryText } from './alliances.ts';
import { english, german } from '../i18n/words.fixture.ts';
import { parseDay } from '../data/dates.ts';
import type { Alliance, DateRef, Level } from '../data/types.ts';

const ref = (iso: string): DateRef => ({ iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year' });
const eu: Alliance = {
  id: 'eu',
  name: 'European Union',
  short: 'EU',
  description: '',
  members: [
    { member: 'FRA', from: ref('1958-01-01'), to: null, notes: '' },
    { member: 'GBR', from: ref('1973-01-01'), to: ref('2020-01-31'), notes: '' },
    { member: 'HRV', from: ref('2013-07'), to: null, notes: '' },
    { member: 'XXX', from: ref('2010'), to: ref('2011'), notes: '' },
  ],
};
const d = (iso: string) => parseDay(iso) as number;

describe('membersOn', () => {
  it.each([
    ['1957-12-31', []],
    ['1958-01-01', ['FRA']],
    ['2010-01-01', ['FRA', 'GBR', 'XXX']], // a year counts from its first day…
    ['2011-12-31', ['FRA', 'GBR', 'XXX']], // …to its last
    ['2012-01-01', ['FRA', 'GBR']],
    ['2013-06-30', ['FRA', 'GBR']],
    ['2013-07-01', ['FRA', 'GBR', 'HRV']],
    ['2020-01-31', ['FRA', 'GBR', 'HRV']], // "to" is the last day of membership
    ['2020-02-01', ['FRA', 'HRV']],
  ])('on %s: %j', (day, members) => {
    expect(membersOn(eu, d(day))).toEqual(members);
  });

  it('counts no one whose dates do not parse', () => {
    const broken: Alliance = {
      ...eu,
      members: [
        { member: 'FRA', from: ref('1958-02-30'), to: null, notes: '' },
        { member: 'GBR', from: ref('1973'), to: ref('20x0'), notes: '' },
      ],
    };
    expect(membersOn(broken, d('2000-01-01'))).toEqual([]);
  });
});

describe('summarise and summaryText', () => {
  const statusOf = (id: string, day: number): Level =>
    id === 'GBR' && day >= d('2018-01-01') ? 'government' : id === 'FRA' ? 'advisory' : 'partial';

  it('names the members on the day and those that restrict (partial or higher)', () => {
    expect(summarise(eu, d('2019-01-01'), statusOf)).toEqual({
      id: 'eu',
      name: 'European Union',
      short: eu.short,
      description: eu.description,
      members: ['FRA', 'GBR', 'HRV'],
      restricting: ['GBR', 'HRV'],
    });
    expect(summarise(eu, d('2017-01-01'), statusOf).restricting).toEqual(['GBR', 'HRV']);
    expect(summarise(eu, d('2021-01-01'), statusOf).restricting).toEqual(['HRV']);
  });

  it.each([
    [[], ['FRA'], 'European Union: 0 of 1 members restrict'],
    [['GBR'], ['FRA', 'GBR'], 'European Union: 1 of 2 members restricts'],
    [['GBR', 'HRV'], ['FRA', 'GBR', 'HRV'], 'European Union: 2 of 3 members restrict'],
  ])('%j of %j', (restricting, members, text) => {
    expect(summaryText(english(), { ...eu, members, restricting })).toBe(text);
  });

  it("speaks German, with the alliance's German name where the data has one", () => {
    const shared = {
      format: 1,
      locale: 'de',
      countries: {},
      scale: {},
      alliances: { eu: { name: 'Europäische Union', short: 'EU', description: '' } },
    } as const;
    expect(summaryText(german(undefined, shared), { ...eu, members: ['FRA', 'GBR'], restricting: ['GBR'] })).toBe(
      'Europäische Union: 1 von 2 Mitgliedern schränkt ein',
    );
    expect(summaryText(german(), { ...eu, members: ['FRA', 'GBR'], restricting: [] })).toBe(
      'European Union: 0 von 2 Mitgliedern schränken ein',
    );
  });
});
