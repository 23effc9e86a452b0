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
  storySteps: 5,
};
/** The default view, written out: computed with defaultState, a broken default would pass unseen. */
const D: UrlState = {
  atlas: 'kaspersky',
  date: null,
  country: null,
  overlays: [],
  view: 'map',
  theme: 'auto',
  region: 'world',
  regionChosen: false,
  title: true,
  controls: true,
  story: false,
  step: 1,
  lang: null,
};

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
    ['?title=false&controls=false', { title: false, controls: false }],
    ['?title=1&controls=true', {}],
    // 64 characters, the longest a value may be; one more and it is ignored.
    ['?overlays=' + 'nato,'.repeat(11) + 'five-eyes', { overlays: ['five-eyes', 'nato'] }],
    ['?overlays=' + 'nato,'.repeat(11) + 'five-eyes,', {}],
    ['?region=europe', { region: 'europe', regionChosen: true }],
    ['?region=north-america', { region: 'north-america', regionChosen: true }],
    ['?region=Europe', {}],
    ['?region=atlantis', {}],
    ['?region=world', { regionChosen: true }],
    ['?lang=de', { lang: 'de' }],
    ['?lang=uk', { lang: 'uk' }],
    ['?lang=xx', {}],
    ['?lang=DE', {}],
    ['?lang=', {}],
    ['?%E0%A4%A=1&date=%F0%9F%98%80', {}],
    ['?story=1', { story: true }],
    ['?story=true&step=5', { story: true, step: 5 }],
    ['?story=1&step=6', { story: true }],
    ['?story=1&step=0', { story: true }],
    ['?story=1&step=2.5', { story: true }],
    ['?story=1&step=-1', { story: true }],
    ['?story=yes&step=3', {}],
    ['?step=3', {}],
  ])('%s', (search, expected) => {
    expect(parseUrlState(search, ctx)).toEqual({ ...D, ...expected });
  });
});

describe('defaultState', () => {
  it('opens the default atlas on the whole world, today, with the title and controls shown', () => {
    expect(defaultState(ctx)).toEqual(D);
    expect(defaultState({ ...ctx, defaultRegion: 'oceania' }).region).toBe('oceania');
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
  it('opens a story only where the atlas has one, and writes its step past the first', () => {
    expect(parseUrlState('?story=1&step=2', { ...ctx, storySteps: 0 })).toEqual(D);
    expect(parseUrlState('?story=1', { ...ctx, storySteps: undefined })).toEqual(D);
    expect(serializeUrlState({ ...D, story: true }, ctx)).toBe('story=1');
    expect(serializeUrlState({ ...D, story: true, step: 3 }, ctx)).toBe('story=1&step=3');
    expect(serializeUrlState({ ...D, story: true, step: 3 }, { ...ctx, storySteps: 0 })).toBe('');
    expect(serializeUrlState({ ...D, step: 3 }, ctx)).toBe('');
  });

  describe('with a phone region (the explorer)', () => {
    const phone: UrlContext = { ...ctx, phoneRegion: 'europe', phone: true };
    const wide: UrlContext = { ...phone, phone: false };
    it('opens a phone on the phone region and a wider window on the atlas region, when the URL names none', () => {
      expect(parseUrlState('', phone)).toMatchObject({ region: 'europe', regionChosen: false });
      expect(parseUrlState('?region=bogus', phone)).toMatchObject({ region: 'europe', regionChosen: false });
      expect(parseUrlState('', wide)).toMatchObject({ region: 'world', regionChosen: false });
      expect(parseUrlState('?region=world', phone)).toMatchObject({ region: 'world', regionChosen: true });
      expect(parseUrlState('', { ...ctx, phone: true })).toMatchObject({ region: 'world' });
    });
    it("leaves the window's own opening region out of the URL, and keeps a region the reader chose", () => {
      const auto = parseUrlState('', phone);
      expect(serializeUrlState(auto, phone)).toBe('');
      expect(serializeUrlState({ ...auto, region: 'world', regionChosen: true }, phone)).toBe('region=world');
      // Chosen on a phone, the phone's own default still goes in: a wide window would open on the world.
      expect(serializeUrlState({ ...auto, regionChosen: true }, phone)).toBe('region=europe');
      expect(serializeUrlState({ ...D, region: 'world', regionChosen: true }, wide)).toBe('region=world');
      expect(serializeUrlState({ ...D, region: 'world', regionChosen: false }, wide)).toBe('');
      // Without a phone region every window opens alike: a chosen default is left out.
      expect(serializeUrlState({ ...D, region: 'world', regionChosen: true }, ctx)).toBe('');
      expect(serializeUrlState({ ...D, region: 'world', regionChosen: true }, { ...wide, phoneRegion: 'world' })).toBe('');
    });
    it('reads back what it writes, on a phone and in a wide window', () => {
      fc.assert(
        fc.property(fc.constantFrom(...REGIONS), fc.boolean(), fc.boolean(), (region, regionChosen, isPhone) => {
          const c = isPhone ? phone : wide;
          const back = parseUrlState('?' + serializeUrlState({ ...D, region, regionChosen }, c), c);
          expect(back.region).toBe(region);
        }),
      );
    });
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
    const key = fc.constantFrom(
      'date',
      'country',
      'overlays',
      'view',
      'theme',
      'atlas',
      'title',
      'controls',
      'region',
      'story',
      'step',
      'lang',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 200 }))), (pairs) => {
        const search = '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const state = parseUrlState(search, ctx);
        if (state.country !== null) expect(ctx.jurisdictions.has(state.country)).toBe(true);
        for (const o of state.overlays) expect(ctx.alliances).toContain(o);
        expect(REGIONS).toContain(state.region);
        expect(Number.isInteger(state.step) && state.step >= 1 && state.step <= 5).toBe(true);
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
      story: fc.boolean(),
      step: fc.integer({ min: 1, max: 5 }),
      lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
    });
    fc.assert(
      fc.property(arb, (drawn) => {
        // Outside a story the step means nothing, and reads back as the first; a region other
        // than the default comes back as one the URL chose.
        const state = { ...drawn, step: drawn.story ? drawn.step : 1 };
        expect(parseUrlState('?' + serializeUrlState(state, ctx), ctx)).toEqual({
          ...state,
          regionChosen: state.region !== D.region,
        });
      }),
      { numRuns: 1000 },
    );
  });
});
