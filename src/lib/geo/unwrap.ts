/**
 * MapLibre draws a ring that jumps across the antimeridian (Russia's Chukotka, Fiji) as a
 * streak across the whole world. Shifting longitudes by ±360° so that no step is longer than
 * 180° keeps each ring continuous; MapLibre accepts longitudes beyond ±180 and wraps them.
 */
import type { Geometry, Position } from 'geojson';

export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i];
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

export function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}
