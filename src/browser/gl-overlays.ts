/**
 * What the WebGL map adds on top of the status colours, as the SVG map does: the textures of
 * "Warning" and "Reviewed and not restricted" (generated pixels, no sprite server), and the
 * alliance outlines on the date, each with the dash pattern the overlay key beside the map names.
 */
import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AllianceShape } from '../lib/geo/alliance-shapes.ts';
import { patternPixels, type PatternKind } from '../lib/geo/patterns.ts';
import type { Level } from '../lib/data/types.ts';
import { resolveColour } from './webgl.ts';

/** Levels drawn with a texture over their fill, and the texture each gets. */
export const PATTERNED: Record<'advisory' | 'cleared', { image: string; kind: PatternKind; bg: string; ink: string }> = {
  advisory: { image: 'dots-advisory', kind: 'dots', bg: 'var(--l-advisory)', ink: 'var(--dots)' },
  cleared: { image: 'hatch-cleared', kind: 'hatch', bg: 'var(--l-cleared)', ink: 'var(--hatch)' },
};

/** Outlines.svelte's stroke-dasharray in px; MapLibre counts dashes in line widths. */
const DASHES: Record<string, number[] | null> = {
  'five-eyes': null,
  nato: [9, 4],
  eu: [2, 3],
  g7: [12, 3, 2, 3],
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export class GlOverlays {
  // What was pushed last, so a date step that changes no texture and no outline costs nothing.
  private texturedKey = '';
  private outlineKey = '';

  constructor(
    private readonly map: MapLibre,
    private readonly el: HTMLElement,
    private readonly alliances: readonly string[],
  ) {}

  /** Adds the pattern images and layers; call once the style has loaded. */
  install(): void {
    const map = this.map;
    for (const [level, p] of Object.entries(PATTERNED)) {
      map.addImage(p.image, this.pixels(p.kind, p.bg, p.ink), { pixelRatio: 2 });
      map.addLayer(
        {
          id: `pattern-${level}`,
          type: 'fill',
          source: 'countries',
          filter: ['in', ['get', 'iso'], ['literal', []]],
          paint: { 'fill-pattern': p.image },
        },
        'edge',
      );
    }
    // Thin lines with a faint halo, as on the SVG map: the fills under them must stay readable.
    const width = parseFloat(getComputedStyle(this.el).getPropertyValue('--outline-width')) || 1.1;
    map.addSource('alliances', { type: 'geojson', data: EMPTY });
    map.addLayer(
      {
        id: 'alliance-halo',
        type: 'line',
        source: 'alliances',
        layout: { 'line-join': 'round' },
        paint: { 'line-width': width * 2.6, 'line-opacity': 0.55 },
      },
      'selected',
    );
    for (const id of this.alliances) {
      const dash = DASHES[id];
      map.addLayer(
        {
          id: `alliance-${id}`,
          type: 'line',
          source: 'alliances',
          filter: ['==', ['get', 'id'], id],
          layout: { 'line-join': 'round', 'line-cap': id === 'eu' ? 'round' : 'butt' },
          paint: dash ? { 'line-width': width, 'line-dasharray': dash.map((d) => d / width) } : { 'line-width': width * 1.5 },
        },
        'selected',
      );
    }
    this.repaint();
  }

  /** Colours from the CSS custom properties, again after a theme change. */
  repaint(): void {
    const map = this.map;
    for (const p of Object.values(PATTERNED)) map.updateImage(p.image, this.pixels(p.kind, p.bg, p.ink));
    const fg = resolveColour(this.el, 'var(--outline)');
    map.setPaintProperty('alliance-halo', 'line-color', resolveColour(this.el, 'var(--halo)'));
    for (const id of this.alliances) map.setPaintProperty(`alliance-${id}`, 'line-color', fg);
  }

  /** Which countries carry a texture, from every country's level. */
  setTextures(levels: ReadonlyMap<string, Level>): void {
    const of = (level: Level): string[] => [...levels].filter(([, l]) => l === level).map(([id]) => id);
    const ids = { advisory: of('advisory'), cleared: of('cleared') };
    const key = `${ids.advisory}|${ids.cleared}`;
    if (key === this.texturedKey) return;
    this.texturedKey = key;
    for (const level of ['advisory', 'cleared'] as const)
      this.map.setFilter(`pattern-${level}`, ['in', ['get', 'iso'], ['literal', ids[level]]]);
  }

  /** The outlines of the chosen alliances on the date. */
  setAlliances(shapes: readonly AllianceShape[]): void {
    const key = shapes.map((s) => `${s.id}:${s.members}`).join('|');
    if (key === this.outlineKey) return;
    this.outlineKey = key;
    (this.map.getSource('alliances') as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: shapes.map((s) => s.feature),
    });
  }

  /** The alliances MapLibre holds now, with their member counts: "five-eyes:5 nato:32". */
  drawn(): string {
    const counts = new Map<string, number>();
    for (const f of this.map.querySourceFeatures('alliances')) counts.set(String(f.properties.id), Number(f.properties.members));
    return this.alliances
      .filter((id) => counts.has(id) && this.map.getLayer(`alliance-${id}`))
      .map((id) => `${id}:${counts.get(id)}`)
      .join(' ');
  }

  /** The textured levels whose layer and image are in the map. */
  patterns(): string {
    return Object.entries(PATTERNED)
      .filter(([level, p]) => this.map.getLayer(`pattern-${level}`) && this.map.hasImage(p.image))
      .map(([level]) => level)
      .join(' ');
  }

  private pixels(kind: PatternKind, bg: string, ink: string): ReturnType<typeof patternPixels> {
    return patternPixels(kind, resolveColour(this.el, bg), resolveColour(this.el, ink), 2);
  }
}
