import { LOCALES } from '../i18n/locales.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serializeUrlState, defaultState, type UrlContext, type UrlState, VIEWS, THEMES } from './state.ts';
import { parseDay } from '../data/dates.ts';
import { REGIONS } from '../geo/regions.ts';

const ctx: UrlContext = {
  atlases: ['kaspersky', 'acme'],
  defaultAtlas: 'kaspersky',
  alliances: ['five-eyes', 'nato', 'eu', 'g7'],
  minDay: parseDay('2014-09-16') as number,
  maxDay: parseDay('2026-11-23') as number,
  jurisdictions: new Set(['USA', 'AUS', 'FIN', 'XEP']),
};
const D = defaultState(ctx);

describe('parseUrlState', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?date=2016-01-01', { date: parseDay('2016-01-01') }],
    ['?date=2016-02-30', {}],
    ['?date=1999-01-01', {}],
    ['?date=2030-01-01', {}],
    ['?date=2016-01', {}],
    ['?country=aus', { country: 'AUS' }],
    ['?country=XXX', {}],
    ['?country=<script>alert(1)</script>', {}],
    ['?overlays=nato,five-eyes,bogus,nato', { overlays: ['five-eyes', 'nato'] }],
    ['?overlays=' + 'nato,'.repeat(40), {}],
    ['?view=table&theme=dark', { view: 'table', theme: 'dark' }],
    ['?view=TABLE&theme=%22%3E%3Cimg', {}],
    ['?atlas=../../etc/passwd', {}],
    ['?atlas=acme', { atlas: 'acme' }],
    ['?title=0&controls=0', { title: false, controls: false }],
    ['?title=maybe', {}],
    ['?region=europe', { region: 'europe' }],
    ['?region=north-america', { region: 'north-america' }],
    ['?region=Europe', {}],
    ['?region=atlantis', {}],
    ['?region=world', {}],
    ['?lang=de', { lang: 'de' }],
    ['?lang=uk', { lang: 'uk' }],
    ['?lang=xx', {}],
    ['?lang=DE', {}],
    ['?lang=', {}],
    ['?%E0%A4%A=1&date=%F0%9F%98%80', {}],
  ])('%s', (search, expected) => {
    expect(parseUrlState(search, ctx)).toEqual({ ...D, ...expected });
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrlState(D, ctx)).toBe('');
  });
  it('writes the region only when it is not the atlas default', () => {
    expect(serializeUrlState({ ...D, region: 'europe' }, ctx)).toBe('region=europe');
    const europeFirst = { ...ctx, defaultRegion: 'europe' as const };
    expect(serializeUrlState({ ...D, region: 'europe' }, europeFirst)).toBe('');
    expect(serializeUrlState({ ...D, region: 'world' }, europeFirst)).toBe('region=world');
    expect(parseUrlState('?region=bogus', europeFirst).region).toBe('europe');
  });
  it('writes only what differs, overlays in canonical order', () => {
    const s = { ...D, date: parseDay('2025-03-01'), overlays: ['nato', 'five-eyes'], country: 'AUS' };
    expect(serializeUrlState(s, ctx)).toBe('date=2025-03-01&country=AUS&overlays=five-eyes,nato');
  });
  it('writes the language only when one was asked for', () => {
    expect(serializeUrlState({ ...D, lang: 'pl' }, ctx)).toBe('lang=pl');
    expect(serializeUrlState({ ...D, lang: null }, ctx)).toBe('');
  });
});

describe('URL state properties', () => {
  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const state = parseUrlState(s, ctx);
        expect(ctx.atlases).toContain(state.atlas);
      }),
      // 500, not 2000: mutation testing re-runs this for every mutant of state.ts.
      { numRuns: 500 },
    );
  });
  it('never throws on hostile key=value pairs', () => {
    const key = fc.constantFrom('date', 'country', 'overlays', 'view', 'theme', 'atlas', 'title', 'controls', 'region', 'lang');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 200 }))), (pairs) => {
        const search = '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const state = parseUrlState(search, ctx);
        if (state.country !== null) expect(ctx.jurisdictions.has(state.country)).toBe(true);
        for (const o of state.overlays) expect(ctx.alliances).toContain(o);
        expect(REGIONS).toContain(state.region);
        if (state.lang !== null) expect(LOCALES).toContain(state.lang);
      }),
    );
  });
  it('reads back what it writes', () => {
    const arb = fc.record({
      atlas: fc.constantFrom(...ctx.atlases),
      date: fc.option(fc.integer({ min: ctx.minDay, max: ctx.maxDay }), { nil: null }),
      country: fc.option(fc.constantFrom(...ctx.jurisdictions), { nil: null }),
      overlays: fc.subarray([...ctx.alliances]),
      view: fc.constantFrom(...VIEWS),
      theme: fc.constantFrom(...THEMES),
      region: fc.constantFrom(...REGIONS),
      title: fc.boolean(),
      controls: fc.boolean(),
      lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
    });
    fc.assert(
      fc.property(arb, (state) => {
        expect(parseUrlState('?' + serializeUrlState(state, ctx), ctx)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});
