/**
 * The shareable state in the URL, parsed by one validated parser. Anything unknown,
 * malformed, out of range, over-long or hostile falls back to its default: no error,
 * nothing injected. Only values that differ from the defaults are written back.
 */
import { isoFromDay, parseDay } from '../data/dates.ts';
import { REGIONS, DEFAULT_REGION, type Region } from '../geo/regions.ts';
import { isLocale } from '../i18n/negotiate.ts';
import type { Locale } from '../i18n/locales.ts';

export const VIEWS = ['map', 'table', 'actions'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface UrlState {
  atlas: string;
  /** Day number, or null for the default (today, clamped to the atlas). */
  date: number | null;
  country: string | null;
  overlays: string[];
  view: View;
  theme: Theme;
  /** The map's region view. */
  region: Region;
  /**
   * True when the URL named the region or the reader picked it, rather than the window's default
   * (the atlas's phone region on a phone): a chosen region is written even where this window
   * would open on it anyway, because another window would not.
   */
  regionChosen?: boolean;
  /** Embed options. */
  title: boolean;
  controls: boolean;
  /** Story mode (`story=1`), at `step` (1-based; written only past the first). */
  story: boolean;
  step: number;
  /**
   * The language the reader asked for, or null to follow the page (de/ is German) and the
   * browser. Written only when the reader picked one, so a shared link keeps that choice while
   * an unpicked one follows whoever opens it.
   */
  lang: Locale | null;
}

export interface UrlContext {
  atlases: readonly string[];
  defaultAtlas: string;
  alliances: readonly string[];
  minDay: number;
  maxDay: number;
  /** Jurisdictions the atlas knows; `country` must be one of them. */
  jurisdictions: ReadonlySet<string>;
  /** The region the atlas opens on; the world when absent. */
  defaultRegion?: Region;
  /** How many steps the atlas's story has; 0 or absent: no story, and `story=1` is ignored. */
  storySteps?: number;
  /**
   * The explorer's region for phones (atlas.csv's phone_region; absent in the embed, which
   * ignores it), and whether this window is one (narrower than PHONE_MEDIA's 600 px).
   */
  phoneRegion?: Region;
  phone?: boolean;
}

/** The region a window opens on when the URL names none: the phone region on a phone, else the atlas's. */
export function openingRegion(ctx: UrlContext): Region {
  return ctx.phone && ctx.phoneRegion ? ctx.phoneRegion : (ctx.defaultRegion ?? DEFAULT_REGION);
}

export function defaultState(ctx: UrlContext): UrlState {
  return {
    atlas: ctx.defaultAtlas,
    date: null,
    country: null,
    overlays: [],
    view: 'map',
    theme: 'auto',
    region: openingRegion(ctx),
    regionChosen: false,
    title: true,
    controls: true,
    story: false,
    step: 1,
    lang: null,
  };
}

/** Longest value any parameter can legitimately hold (all four overlays, comma-separated). */
const MAX_VALUE = 64;

function flag(value: string | null, fallback: boolean): boolean {
  if (value === '0' || value === 'false') return false;
  // Stryker disable next-line all: equivalent while every flag (title, controls) falls back to true; kept for the first that does not
  if (value === '1' || value === 'true') return true;
  return fallback;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseUrlState(search: string, ctx: UrlContext): UrlState {
  const state = defaultState(ctx);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return state;
  }
  const get = (key: string): string | null => {
    const v = params.get(key);
    return v === null || v.length > MAX_VALUE ? null : v;
  };
  state.atlas = oneOf(get('atlas'), ctx.atlases, ctx.defaultAtlas);
  const date = get('date');
  const day = date === null ? null : parseDay(date);
  if (day !== null && day >= ctx.minDay && day <= ctx.maxDay) state.date = day;
  const country = get('country');
  if (country !== null && ctx.jurisdictions.has(country.toUpperCase())) state.country = country.toUpperCase();
  const overlays = get('overlays');
  if (overlays !== null) {
    // Kept in the canonical order, so one view has one URL.
    const asked = new Set(overlays.split(','));
    state.overlays = ctx.alliances.filter((a) => asked.has(a));
  }
  state.view = oneOf(get('view'), VIEWS, 'map');
  state.theme = oneOf(get('theme'), THEMES, 'auto');
  state.region = oneOf(get('region'), REGIONS, state.region);
  state.regionChosen = REGIONS.includes(get('region') as Region);
  state.title = flag(get('title'), true);
  state.controls = flag(get('controls'), true);
  const steps = ctx.storySteps ?? 0;
  state.story = steps > 0 && flag(get('story'), false);
  const step = Number(get('step'));
  if (state.story && Number.isInteger(step) && step >= 1 && step <= steps) state.step = step;
  const lang = get('lang');
  state.lang = isLocale(lang) ? lang : null;
  return state;
}

/** Query string (without "?") holding only what differs from the defaults. */
export function serializeUrlState(state: UrlState, ctx: UrlContext): string {
  const d = defaultState(ctx);
  const params = new URLSearchParams();
  if (state.atlas !== d.atlas) params.set('atlas', state.atlas);
  if (state.date !== null) params.set('date', isoFromDay(state.date));
  if (state.country !== null) params.set('country', state.country);
  if (state.overlays.length) params.set('overlays', ctx.alliances.filter((a) => state.overlays.includes(a)).join(','));
  if (state.view !== d.view) params.set('view', state.view);
  if (state.theme !== d.theme) params.set('theme', state.theme);
  // Windows open on different regions when the atlas has a phone region: a chosen one is kept.
  const windowsDiffer = ctx.phoneRegion !== undefined && ctx.phoneRegion !== (ctx.defaultRegion ?? DEFAULT_REGION);
  if (state.region !== d.region || (state.regionChosen && windowsDiffer)) params.set('region', state.region);
  if (!state.title) params.set('title', '0');
  if (!state.controls) params.set('controls', '0');
  if (state.story && ctx.storySteps) params.set('story', '1');
  if (state.story && ctx.storySteps && state.step > 1) params.set('step', String(state.step));
  if (state.lang !== null) params.set('lang', state.lang);
  // Commas in the overlay list read better unescaped, and are safe in a query.
  return params.toString().replace(/%2C/g, ',');
}
