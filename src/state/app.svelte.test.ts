/** The composed state on the synthetic acme atlas: what each method changes, and what follows. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState, type AppInit } from './app.svelte.ts';
import { parseDay } from '../lib/data/dates.ts';
import { acmeAtlas, mapModel, referenceAlliances } from '../../tests/fixtures/acme.ts';
import { acmeApp } from '../../tests/fixtures/app.ts';
import { inRegion, type Region } from '../lib/geo/regions.ts';

const d = (iso: string) => parseDay(iso) as number;
const make = (today = '2024-01-01', reduced = false, extra: Partial<AppInit> = {}) =>
  new AppState({
    atlas: acmeAtlas(),
    alliances: referenceAlliances(),
    model: mapModel(),
    atlases: ['acme', 'other'],
    today: d(today),
    reducedMotion: () => reduced,
    ...extra,
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('AppState', () => {
  it('starts on today, with counts that add up to every jurisdiction', () => {
    const app = make();
    expect(app.time.day).toBe(d('2024-01-01'));
    const { counts, mapCounts } = app.time.summary;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(app.atlas.jurisdictions.length);
    expect(Object.values(mapCounts).reduce((a, b) => a + b, 0)).toBe(
      app.atlas.jurisdictions.filter((j) => j.kind === 'country').length,
    );
    expect(counts.nationwide).toBe(1);
    expect(counts.cleared).toBe(1);
    expect(mapCounts.cleared).toBe(0);
  });

  it('updates levels only for jurisdictions whose status changed', () => {
    const app = make();
    app.setDay(d('2021-02-09'));
    const set = vi.spyOn(app.time.levels, 'set');
    const del = vi.spyOn(app.time.levels, 'delete');
    app.setDay(d('2021-02-10'));
    expect(set.mock.calls.sort()).toEqual([
      ['GBR', 'partial'],
      ['USA', 'government'],
    ]);
    expect(del).not.toHaveBeenCalled();
    app.setDay(d('2022-03-31'));
    set.mockClear();
    app.setDay(d('2022-04-01'));
    expect(set).not.toHaveBeenCalled();
    expect(del.mock.calls).toEqual([['DEU']]);
  });

  it('names the restricting jurisdictions, most severe first, in the summary sentence', () => {
    const app = make();
    app.setDay(d('2022-07-01'));
    expect(app.time.summary.restricting).toEqual(['DEU', 'USA', 'GBR']);
    expect(app.time.sentence).toBe(
      'On 1 July 2022, 3 jurisdictions restricted Acme Corp: Germany, United States and United Kingdom.',
    );
  });

  it('announces the net change after a burst of steps, in both directions', () => {
    vi.useFakeTimers();
    const app = make();
    app.setDay(d('2021-02-09'));
    vi.advanceTimersByTime(2000);
    app.setDay(d('2021-02-10'));
    expect(app.announcer.text).toBe('United Kingdom: Partial restriction; United States: Government-wide ban');
    app.setDay(d('2021-08-31'));
    vi.advanceTimersByTime(2000);
    expect(app.announcer.text).toBe('Germany: Partial restriction');
    app.setDay(d('2021-09-01'));
    app.setDay(d('2021-08-31'));
    vi.advanceTimersByTime(2000);
    // Canada changed and changed back within the burst: nothing net to say.
    expect(app.announcer.text).toBe('Germany: Partial restriction');
    app.setDay(d('2021-02-09'));
    vi.advanceTimersByTime(2000);
    expect(app.announcer.text).toBe(
      'United Kingdom: No recorded action; United States: No recorded action; Germany: No recorded action',
    );
  });

  it('round-trips its state through the URL, writing only what differs', () => {
    const app = make();
    expect(app.query()).toBe('');
    app.applyUrl('?date=2022-07-01&overlays=nato,five-eyes&country=deu&view=table&theme=dark');
    flushSync();
    expect(app.ui.country).toBe('DEU');
    expect(app.ui.overlays).toEqual(['five-eyes', 'nato']);
    expect(app.query()).toBe('date=2022-07-01&country=DEU&overlays=five-eyes,nato&view=table&theme=dark');
    const other = make();
    other.applyUrl(`?${app.query()}`);
    expect(other.query()).toBe(app.query());
  });

  it('gives the embed query with the dialog choices: pinned or following date, title, slider, theme, region', () => {
    const app = make('2024-01-01');
    app.applyUrl('?overlays=nato&view=table&theme=dark');
    const all = {
      pinDate: true,
      title: true,
      controls: true,
      theme: 'auto' as const,
      region: 'world' as const,
      lang: 'de' as const,
    };
    // Pinned on today still writes the date, so the embed does not move when today does.
    expect(app.embedQuery(all)).toBe('date=2024-01-01&overlays=nato');
    expect(app.embedQuery({ ...all, pinDate: false, title: false, controls: false, theme: 'light' })).toBe(
      'overlays=nato&theme=light&title=0&controls=0',
    );
    // The dialog's region wins over the view's: a desk embeds Europe from the world view.
    expect(app.embedQuery({ ...all, region: 'europe' })).toBe('date=2024-01-01&overlays=nato&region=europe');
  });

  it('keeps a chosen date when "today" moves, and follows today otherwise', () => {
    const app = make('2024-01-01');
    app.time.setToday(d('2024-01-02'));
    expect(app.time.day).toBe(d('2024-01-02'));
    app.setDay(d('2020-01-01'));
    app.time.setToday(d('2024-01-03'));
    expect(app.time.day).toBe(d('2020-01-01'));
    expect(app.time.maxDay).toBe(d('2024-01-03'));
  });

  it('moves the slider ticks and year labels when "today" moves', () => {
    const app = make('2024-01-01');
    const lastTick = app.time.ticks.at(-1);
    expect(lastTick?.day).toBe(d('2023-01-05'));
    expect(app.time.years.at(-1)?.year).toBe(2024);
    app.time.setToday(d('2025-06-01'));
    flushSync();
    expect(app.time.years.at(-1)?.year).toBe(2025);
    const span = d('2025-06-01') - d('2019-01-01');
    expect(app.time.ticks.at(-1)?.at).toBeCloseTo((d('2023-01-05') - d('2019-01-01')) / span, 10);
  });

  it('toggles overlays in the canonical order and summarises alliances', () => {
    const app = make();
    app.setDay(d('2022-01-01'));
    app.ui.toggleOverlay('nato');
    app.ui.toggleOverlay('five-eyes');
    expect(app.ui.overlays).toEqual(['five-eyes', 'nato']);
    app.ui.toggleOverlay('nato');
    expect(app.ui.overlays).toEqual(['five-eyes']);
    const fiveEyes = app.time.allianceSummaries.find((s) => s.id === 'five-eyes');
    expect(fiveEyes?.restricting.sort()).toEqual(['GBR', 'USA']);
    expect(fiveEyes?.members).toHaveLength(5);
  });

  it('selects only known jurisdictions, and asks for focus only when told', () => {
    const app = make();
    app.ui.select('ZZZ');
    expect(app.ui.country).toBeNull();
    app.ui.select('DEU');
    expect([app.ui.country, app.ui.panelFocus]).toEqual(['DEU', 0]);
    app.ui.select('FRA', true);
    expect([app.ui.country, app.ui.panelFocus]).toEqual(['FRA', 1]);
  });

  it('pins a legend highlight on click, which hover and blur then leave alone', () => {
    const app = make();
    app.ui.hoverLevel('advisory');
    app.ui.togglePinnedLevel('advisory');
    app.ui.hoverLevel(null);
    expect(app.ui.highlight).toBe('advisory');
    app.ui.togglePinnedLevel('advisory');
    expect(app.ui.highlight).toBeNull();
  });

  it('plays a week per tick, stops at today, and pauses when a key is pressed', () => {
    vi.useFakeTimers();
    const app = make();
    app.playback.play();
    expect(app.time.day).toBe(app.time.minDay);
    vi.advanceTimersByTime(400);
    expect(app.time.day).toBe(app.time.minDay + 70);
    app.key('ArrowRight');
    expect(app.playback.playing).toBe(false);
    expect(app.time.day).toBe(app.time.minDay + 71);
    app.playback.play();
    vi.advanceTimersByTime(60_000);
    expect(app.playback.playing).toBe(false);
    expect(app.time.day).toBe(app.time.maxDay);
  });

  it('plays from action to action under reduced motion', () => {
    vi.useFakeTimers();
    const app = make('2024-01-01', true);
    app.playback.play();
    vi.advanceTimersByTime(1500);
    expect(app.time.day).toBe(d('2020-01-01'));
    vi.advanceTimersByTime(1500);
    expect(app.time.day).toBe(d('2020-03-01'));
  });

  it('falls back to the flat map with the reason when WebGL fails', () => {
    const app = make();
    app.ui.setRenderer('globe');
    app.ui.glFailed('no WebGL');
    expect([app.ui.renderer, app.ui.glNotice]).toEqual(['flat', 'no WebGL']);
    app.ui.setRenderer('zoom');
    expect(app.ui.glNotice).toBeNull();
  });

  it('loads the outlines once, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const app = acmeApp({
      fetchOutlines: () => {
        calls += 1;
        return fail ? Promise.reject(new Error('offline')) : Promise.resolve({ width: 1, alliances: {} });
      },
    });
    await app.outlines.load();
    expect([app.outlines.failed, app.outlines.outlines]).toEqual([true, null]);
    fail = false;
    await Promise.all([app.outlines.load(), app.outlines.load()]);
    expect(calls).toBe(2);
    expect(app.outlines.failed).toBe(false);
    expect(app.outlines.outlines).not.toBeNull();
  });
});

describe('AppState regions', () => {
  it('takes region= from the URL, fetches that map, writes it back, and leaves the levels alone', async () => {
    const europe = { ...mapModel(), region: 'europe' as const };
    const fetchModel = vi.fn(() => Promise.resolve(europe));
    const app = make('2024-01-01', false, { fetchModel });
    const levels = [...app.time.levels];
    app.applyUrl('?region=europe&date=2022-07-01');
    expect(app.ui.region).toBe('europe');
    await app.models.show('europe');
    expect(app.model).toBe(europe);
    expect(fetchModel).toHaveBeenCalledWith('europe');
    expect(app.query()).toBe('date=2022-07-01&region=europe');
    app.applyUrl('?region=nowhere');
    expect(app.ui.region).toBe('world');
    expect(app.query()).toBe('');
    app.setDay(d('2024-01-01'));
    expect([...app.time.levels]).toEqual(levels);
  });

  it("counts the region's countries in the legend once its map is shown, and the world's before", async () => {
    const europe = { ...mapModel(), region: 'europe' as const };
    const app = make('2024-01-01', false, { fetchModel: () => Promise.resolve(europe) });
    app.setDay(d('2022-07-01'));
    expect(app.legend.region).toBe('world');
    expect(app.legend.counts).toEqual(app.time.summary.mapCounts);
    const asked = app.setRegion('europe');
    // Asked for, not yet drawn: the legend still counts the map on screen.
    expect(app.legend.region).toBe('world');
    await asked;
    expect(app.legend.region).toBe('europe');
    // DEU and GBR restrict in Europe; the USA does too, but not in this view.
    const { counts, split } = app.legend;
    expect([counts.nationwide, counts.government, counts.partial]).toEqual([1, 0, 1]);
    const europeans = app.atlas.jurisdictions.filter((j) => j.kind === 'country' && inRegion('europe', j.id)).length;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(europeans);
    expect(split.checked + split.unresearched).toBe(counts.none);
  });

  it("fetches each region's outlines in its own projection, and never shows one region's on another's map", async () => {
    const europe = { ...mapModel(), region: 'europe' as const };
    const fetchOutlines = vi.fn((region: Region) => Promise.resolve({ region, width: 1200, alliances: {} }));
    const app = make('2024-01-01', false, { fetchModel: () => Promise.resolve(europe), fetchOutlines });
    await app.outlines.load();
    expect(app.outlines.outlines?.region).toBe('world');
    await app.setRegion('europe');
    expect(app.outlines.outlines).toBeNull();
    await Promise.all([app.outlines.load(), app.outlines.load()]);
    expect(app.outlines.outlines?.region).toBe('europe');
    await app.setRegion('world');
    await app.outlines.load();
    expect(fetchOutlines.mock.calls).toEqual([['world'], ['europe']]);
    expect(app.outlines.outlines?.region).toBe('world');
  });

  it("opens a phone-sized explorer on the atlas's phone region, and writes it only once the reader chose it", async () => {
    const europe = { ...mapModel(), region: 'europe' as const };
    const fetchModel = vi.fn(() => Promise.resolve(europe));
    const atlas = acmeAtlas();
    const phoneAtlas = { ...atlas, atlas: { ...atlas.atlas, phoneRegion: 'europe' } };
    const phone = make('2024-01-01', false, { fetchModel, atlas: phoneAtlas, opening: 'phone' });
    phone.applyUrl('');
    expect(phone.ui.region).toBe('europe');
    expect(phone.query()).toBe('');
    await phone.setRegion('world');
    expect(phone.query()).toBe('region=world');
    await phone.setRegion('europe');
    expect(phone.query()).toBe('region=europe');
    // The embed of that view shows Europe, which is not the atlas's own region.
    phone.applyUrl('');
    expect(phone.embedQuery({ pinDate: false, title: true, controls: true, theme: 'auto', region: 'europe', lang: 'en' })).toBe(
      'region=europe',
    );
    // A wide window and the embed (no opening) open on the atlas's region.
    for (const opening of ['wide', undefined] as const) {
      const other = make('2024-01-01', false, { fetchModel, atlas: phoneAtlas, opening });
      other.applyUrl('');
      expect(other.ui.region, String(opening)).toBe('world');
    }
  });
});
