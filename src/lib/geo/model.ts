/**
 * The map model: projected, compact SVG path data for every jurisdiction, built once at
 * build time from the topology. Both renderers read it: the SVG renderer draws it, and
 * markers give tiny states (Malta, Singapore, Vatican City) a place and a hit area.
 */
import { geoEqualEarth, geoPath, geoGraticule10, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { CompactPath } from './svgpath.ts';

export interface MapCountry {
  id: string;
  /** Path data; empty when the shape is smaller than a unit at this scale. */
  d: string;
  /** Projected centroid, when the state is too small to find by its shape. */
  marker: [number, number] | null;
}

export interface MapModel {
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  countries: MapCountry[];
  /** Land that belongs to no jurisdiction in the data (e.g. Siachen Glacier). */
  other: string;
}

/** Below this projected area (square viewBox units) a state also gets a marker. */
const MARKER_AREA = 40;

export function buildMapModel(topology: Topology, width = 1200): MapModel {
  const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const ctx = new CompactPath();
  const path = geoPath(projection, ctx);
  const measure = geoPath(projection);
  const height = Math.ceil(measure.bounds({ type: 'Sphere' })[1][1]);
  const draw = (o: GeoPermissibleObjects): string => {
    path(o);
    return ctx.result();
  };
  const collection = topology.objects.countries as GeometryCollection<{ name: string; c?: [number, number] }>;
  const countries = collection.geometries.map((g) => {
    const f = feature(topology, g) as Feature<Geometry, { name: string; c?: [number, number] }>;
    const d = draw(f);
    const c = f.properties.c ? projection(f.properties.c) : null;
    const small = measure.area(f) < MARKER_AREA;
    return {
      id: String(g.id),
      d,
      marker: small && c ? ([Math.round(c[0] * 10) / 10, Math.round(c[1] * 10) / 10] as [number, number]) : null,
    };
  });
  const other = topology.objects.other ? draw(feature(topology, topology.objects.other) as GeoPermissibleObjects) : '';
  return { width, height, sphere: draw({ type: 'Sphere' }), graticule: draw(geoGraticule10()), countries, other };
}
