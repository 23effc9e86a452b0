/**
 * The map's country shapes and tiny states' markers as SVG markup, and the classes that style
 * them. Shapes and markers change only with the map (a region switch); their look changes with
 * every date, hover and highlight. Drawn as markup, the 250 shapes and 100 markers cost the
 * browser's start-up nothing to hydrate (as components they took most of it: about 150 ms at 4x
 * CPU throttling), and a date change restyles them in one pass (src/browser/paint-countries.ts).
 */
import type { Level } from '../data/types.ts';
import type { MapCountry } from './model.ts';
import { escapeHtml as escape } from '../text/escape.ts';

/** What a country's shape shows: its level, and the states that restyle it. */
export interface CountryLook {
  level: Level;
  /** Outside the shown region's list: drawn for orientation only. */
  context: boolean;
  /** Another legend level is highlighted. */
  dim: boolean;
  hovered: boolean;
  /** Grey that nobody has researched yet. */
  unresearched: boolean;
}

/** The shape's class: its level's colour ("s-partial"), then each state that applies. */
export function countryClass(look: CountryLook): string {
  let cls = `s-${look.level}`;
  if (look.context) cls += ' context';
  if (look.dim) cls += ' dim';
  if (look.hovered) cls += ' hovered';
  if (look.unresearched) cls += ' unresearched';
  return cls;
}

/**
 * Every country's path, with the hooks the app, tests and newsroom scripts read (data-id,
 * data-jurisdiction, data-status) and, where a label fits, its box (data-label).
 */
export function countryShapes(countries: readonly MapCountry[], look: (id: string) => CountryLook): string {
  let out = '';
  for (const c of countries) {
    const l = look(c.id);
    const id = escape(c.id);
    const label = c.label ? ` data-label="${c.label.join(' ')}"` : '';
    out += `<path d="${escape(c.d)}" data-id="${id}" data-jurisdiction="${id}" data-status="${l.level}"${label} class="${countryClass(l)}"></path>`;
  }
  return out;
}

/** A tiny state's visible marker, drawn while it has a level: that level's colour, dimmed by a highlight. */
export function markClass(look: Pick<CountryLook, 'level' | 'dim'>): string {
  return look.dim ? `mark s-${look.level} dim` : `mark s-${look.level}`;
}

/** The radius of a tiny state's visible marker, in viewBox units. */
export const MARK_R = 4.5;

/**
 * The markers layer: for a state too small to find by its shape, an invisible tap target of
 * radius `hitR` and, while it has a level, a visible marker right after it; for a country just
 * too small to tap on a phone, the tap target alone (data-target).
 */
export function markerShapes(countries: readonly MapCountry[], hitR: number, look: (id: string) => CountryLook): string {
  let out = '';
  for (const c of countries) {
    const id = escape(c.id);
    if (c.target) {
      out += `<circle class="hit" cx="${c.target[0]}" cy="${c.target[1]}" r="${hitR}" data-id="${id}" data-target=""></circle>`;
    } else if (c.marker) {
      const l = look(c.id);
      const [x, y] = c.marker;
      out += `<circle class="hit" cx="${x}" cy="${y}" r="${hitR}" data-id="${id}"></circle>`;
      if (l.level !== 'none')
        out += `<circle class="${markClass(l)}" cx="${x}" cy="${y}" r="${MARK_R}" data-id="${id}" data-status="${l.level}"></circle>`;
    }
  }
  return out;
}
