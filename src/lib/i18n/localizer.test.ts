import { describe, expect, it } from 'vitest';
import { Localizer } from './localizer.ts';
import en from './messages/en.ts';
import de from './messages/de.ts';
import type { AtlasText, CompiledAtlas, SharedText } from '../data/types.ts';
import { REGIONS } from '../geo/regions.ts';
import { EMPTY_ATLAS, english, german } from './words.fixture.ts';

const atlas: CompiledAtlas = {
  format: 1,
  atlas: {
    id: 'acme',
    title: 'Who bans Acme?',
    subject: 'Acme',
    description: 'Bans on Acme.',
    credits: 'Ban Atlas.',
    lastReviewed: '2025-01-01',
    start: '2015-01-01',
  },
  scale: [{ level: 'government', label: 'Government-wide ban', definition: 'Banned across government.' }],
  jurisdictions: [
    { id: 'DEU', name: 'Germany', kind: 'country' },
    { id: 'XKX', name: 'Kosovo', kind: 'country' },
  ],
  actions: [],
  coverage: [],
};
const shared: SharedText = {
  format: 1,
  locale: 'de',
  countries: { DEU: 'Deutschland' },
  scale: { government: { label: 'Regierungsweites Verbot', definition: 'In der gesamten Regierung verboten.' } },
  alliances: { eu: { name: 'Europäische Union', short: 'EU', description: 'Der Staatenverbund.' } },
};
const atlasText: AtlasText = {
  format: 1,
  locale: 'de',
  atlas: { title: 'Wer verbietet Acme?', description: 'Verbote von Acme.' },
  actions: { a1: { summary: 'Verbot in Bundesbehörden.' } },
};
const eu = { id: 'eu', name: 'European Union', short: 'EU', description: 'The union.' };
const action = { id: 'a1', summary: 'Federal ban.', scope: 'Federal agencies' };

describe('Localizer', () => {
  const t = new Localizer({ locale: 'de', messages: de, atlas, shared, atlasText });

  it('gives the data text in the locale where translated, marked as such', () => {
    expect(t.country('DEU')).toEqual({ text: 'Deutschland', lang: 'de' });
    expect(t.name('DEU')).toBe('Deutschland');
    expect(t.level('government')).toEqual({ text: 'Regierungsweites Verbot', lang: 'de' });
    expect(t.definition('government')).toEqual({ text: 'In der gesamten Regierung verboten.', lang: 'de' });
    expect(t.alliance(eu, 'name')).toEqual({ text: 'Europäische Union', lang: 'de' });
    expect(t.alliance(eu, 'description').text).toBe('Der Staatenverbund.');
    expect(t.meta('title')).toEqual({ text: 'Wer verbietet Acme?', lang: 'de' });
    expect(t.action(action, 'summary')).toEqual({ text: 'Verbot in Bundesbehörden.', lang: 'de' });
  });

  it('falls back to the data (English) where a key is missing, marked lang="en"', () => {
    expect(t.country('XKX')).toEqual({ text: 'Kosovo', lang: 'en' });
    expect(t.country('ZZZ')).toEqual({ text: 'ZZZ', lang: 'en' });
    expect(t.level('partial')).toEqual({ text: 'partial', lang: 'en' });
    expect(t.definition('partial')).toEqual({ text: '', lang: 'en' });
    expect(t.alliance({ ...eu, id: 'nato', name: 'NATO' }, 'name')).toEqual({ text: 'NATO', lang: 'en' });
    expect(t.meta('credits')).toEqual({ text: 'Ban Atlas.', lang: 'en' });
    expect(t.action(action, 'scope')).toEqual({ text: 'Federal agencies', lang: 'en' });
    expect(t.action({ ...action, id: 'a2' }, 'summary')).toEqual({ text: 'Federal ban.', lang: 'en' });
  });

  it('names context in the interface language', () => {
    expect(t.level('context')).toEqual({ text: 'Hintergrund', lang: 'de' });
  });

  it('marks only text in another language than the page', () => {
    expect(t.langOf({ text: 'x', lang: 'de' })).toBeUndefined();
    expect(t.langOf({ text: 'x', lang: 'en' })).toBe('en');
    expect(t.dataLang).toBe('en');
    const english = new Localizer({ locale: 'en', messages: en, atlas });
    expect(english.dataLang).toBeUndefined();
    expect(english.langOf(english.country('DEU'))).toBeUndefined();
  });

  it('ignores data text written for another locale, and keeps its messages and formatting', () => {
    const pl = new Localizer({ locale: 'pl', messages: en, atlas, shared, atlasText });
    expect(pl.country('DEU')).toEqual({ text: 'Germany', lang: 'en' });
    expect(pl.meta('title')).toEqual({ text: 'Who bans Acme?', lang: 'en' });
    expect(pl.m).toBe(en);
    expect(pl.locale).toBe('pl');
    expect(pl.f.date({ iso: '2025-02-21', precision: 'day' })).toBe('21 lutego 2025');
  });
});

describe('region names and the counts they scope', () => {
  it('names every region, and says a region view counts only its own', () => {
    const [e, g] = [english(EMPTY_ATLAS), german(EMPTY_ATLAS)];
    expect(REGIONS.map((r) => e.region(r))).toEqual(['World', 'Europe', 'North America', 'Asia', 'Africa', 'Oceania']);
    expect(REGIONS.map((r) => g.region(r))).toEqual(['Welt', 'Europa', 'Nordamerika', 'Asien', 'Afrika', 'Ozeanien']);
    expect(e.countsScope('world')).toBeNull();
    expect(e.countsScope('europe')).toBe('Counts: Europe only');
    expect(g.countsScope('africa')).toBe('Zählung: nur Afrika');
  });
});
