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
  /** Embed options. */
  title: boolean;
  controls: boolean;
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
}

export function defaultState(ctx: UrlContext): UrlState {
  return {
    atlas: ctx.defaultAtlas,
    date: null,
    country: null,
    overlays: [],
    view: 'map',
    theme: 'auto',
    region: ctx.defaultRegion ?? DEFAULT_REGION,
    title: true,
    controls: true,
    lang: null,
  };
}

/** Longest value any parameter can legitimately hold (all four overlays, comma-separated). */
const MAX_VALUE = 64;

function flag(value: string | null, fallback: boolean): boolean {
  if (value === '0' || value === 'false') return false;
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
  state.title = flag(get('title'), true);
  state.controls = flag(get('controls'), true);
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
  if (state.region !== d.region) params.set('region', state.region);
  if (!state.title) params.set('title', '0');
  if (!state.controls) params.set('controls', '0');
  if (state.lang !== null) params.set('lang', state.lang);
  // Commas in the overlay list read better unescaped, and are safe in a query.
  return params.toString().replace(/%2C/g, ',');
}
