/**
 * Builds the map's topology (public/data/world.json) from Natural Earth 1:50m (the world-atlas package):
 * one geometry per jurisdiction (ISO3 ids), simplified and quantised to fit the byte
 * budget, with every country kept: each keeps at least a triangle of its largest ring,
 * and every geometry carries its centroid so tiny states can be drawn as markers.
 */
import { join } from 'node:path';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon } from 'geojson';
import { assignJurisdictions, type CountryGeometry } from '../src/lib/geo/prep.ts';
import { ROOT, loadWorld, readCountries } from './read-data.ts';

/** Fraction of interior points kept and the quantisation grid, tuned to the 60 KB budget. */
export function buildWorld(keep = 0.14, grid = 20000): Topology {
  const { numericToIso, names } = readCountries(join(ROOT, 'data'));
  const assigned = assignJurisdictions(loadWorld(), numericToIso, names);
  if (assigned.unknown.length) {
    throw new Error(
      `Natural Earth features with no jurisdiction: ${assigned.unknown.join(', ')}. Add them to UNCODED in src/lib/geo/prep.ts.`,
    );
  }

  type WeightedArc = [number, number, number][];
  const pre = presimplify(assigned.topology as Topology<Objects<object>>) as unknown as Topology & { arcs: WeightedArc[] };
  const countries = pre.objects.countries as GeometryCollection & { geometries: CountryGeometry[] };

  // Centroids and areas from the full-resolution shapes, before simplification.
  const meta = new Map<string, { centroid: [number, number]; area: number }>();
  for (const g of countries.geometries) {
    const f = feature(pre, g) as Feature<MultiPolygon>;
    const c = geoCentroid(f);
    meta.set(String(g.id), { centroid: [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100], area: geoArea(f) });
  }

  // Protect enough points of each country's largest ring that it survives as a polygon.
  for (const g of countries.geometries) {
    let best: number[] = [];
    let bestCount = -1;
    for (const polygon of g.arcs as number[][][]) {
      const ring = polygon[0];
      const count = ring.reduce((n, i) => n + pre.arcs[i < 0 ? ~i : i].length, 0);
      if (count > bestCount) {
        best = ring;
        bestCount = count;
      }
    }
    const points = best.flatMap((i) => pre.arcs[i < 0 ? ~i : i].slice(1, -1)).sort((a, b) => b[2] - a[2]);
    for (const p of points.slice(0, 3)) p[2] = Infinity;
  }

  const minWeight = quantile(pre as Topology<Objects<object>>, keep);
  const simple = quantize(simplify(pre as Topology<Objects<object>>, minWeight) as Topology<Objects<object>>, grid) as Topology;
  for (const g of (simple.objects.countries as GeometryCollection).geometries) {
    const m = meta.get(String(g.id));
    g.properties = { ...g.properties, c: m?.centroid, a: m ? Number(m.area.toExponential(2)) : 0 };
  }
  delete (simple as { bbox?: unknown }).bbox;
  return simple;
}
