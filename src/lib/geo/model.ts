/**
 * The map model: projected, compact SVG path data for every jurisdiction, built once at
 * build time from the topology. Both renderers read it: the SVG renderer draws it, and
 * markers give tiny states (Malta, Singapore, Vatican City) a place and a hit area.
 *
 * The world model is prerendered into the pages; a region's model (its own projection,
 * clipped to its frame, holding only the countries inside it) is a small file of its own.
 */
import {
  geoAzimuthalEqualArea,
  geoConicEqualArea,
  geoEqualEarth,
  geoPath,
  geoGraticule10,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry, Polygon } from 'geojson';
import { CompactPath, pathBounds } from './svgpath.ts';
import { frameOutline, inFrame, type Region } from './regions.ts';

export interface MapCountry {
  id: string;
  /** Path data; empty when the shape is smaller than a unit at this scale. */
  d: string;
  /** Projected centroid, when the state is too small to find by its shape: a visible marker and a hit area. */
  marker: [number, number] | null;
  /** Centre of an invisible tap target, for a country too small to tap by its shape on a phone. */
  target?: [number, number] | null;
  /** Where a label goes and the box it must fit in: [x, y, width, height] of the largest part. */
  label?: [number, number, number, number] | null;
}

export interface MapModel {
  /** Absent in models built before regions existed: the world. */
  region?: Region;
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  countries: MapCountry[];
  /** Land that belongs to no jurisdiction in the data (e.g. Siachen Glacier). */
  other: string;
}

/** Below this projected area (square viewBox units) a state in the world map also gets a marker. */
const MARKER_AREA = 40;
/** The narrowest map a region view is designed for: a 375 px phone less the page's padding. */
export const NARROW_PX = 351;
/** WCAG 2.5.8: a target at least 24 by 24 CSS pixels. */
export const TARGET_PX = 24;
/** A region's country smaller than this on a phone gets a visible marker as well. */
const DOT_PX = 6;

/** A part smaller than this (viewBox units) never fits a label, even on the widest map. */
const LABEL_MIN = [24, 12];

type Props = { name: string; c?: [number, number] };

const round1 = (p: [number, number]): [number, number] => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

/** The largest polygon of a (multi)polygon feature, by projected area. */
function largestPart(f: Feature<Geometry, Props>, measure: ReturnType<typeof geoPath>): Polygon | null {
  const g = f.geometry;
  const parts: Polygon[] =
    g.type === 'Polygon'
      ? [g]
      : g.type === 'MultiPolygon'
        ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : [];
  let best: Polygon | null = null;
  let bestArea = 0;
  for (const p of parts) {
    const a = measure.area(p);
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  return best;
}

function project(topology: Topology, projection: GeoProjection, width: number, height: number, region: Region | null): MapModel {
  const ctx = new CompactPath();
  const path = geoPath(projection, ctx);
  const measure = geoPath(projection);
  const draw = (o: GeoPermissibleObjects): string => {
    path(o);
    return ctx.result();
  };
  const unit = NARROW_PX / width;
  const collection = topology.objects.countries as GeometryCollection<Props>;
  const countries: MapCountry[] = [];
  for (const g of collection.geometries) {
    const f = feature(topology, g) as Feature<Geometry, Props>;
    const d = draw(f);
    const c = f.properties.c ? projection(f.properties.c) : null;
    // A region holds only what its frame shows (a microstate too small for a path, by its
    // centre); the world keeps every country, however small.
    if (region && !d && !(f.properties.c && inFrame(region, f.properties.c))) continue;
    const part = largestPart(f, measure);
    const box = part ? measure.bounds(part) : null;
    const label: MapCountry['label'] =
      part && box && Number.isFinite(box[0][0]) && box[1][0] - box[0][0] >= LABEL_MIN[0] && box[1][1] - box[0][1] >= LABEL_MIN[1]
        ? [
            Math.round(measure.centroid(part)[0]),
            Math.round(measure.centroid(part)[1]),
            Math.round(box[1][0] - box[0][0]),
            Math.round(box[1][1] - box[0][1]),
          ]
        : null;
    let marker: [number, number] | null = null;
    let target: [number, number] | null = null;
    if (!region) {
      marker = measure.area(f) < MARKER_AREA && c ? round1(c) : null;
    } else {
      // What is drawn: Japan's outlying islets round away, and must not make it look tappable.
      const [[x0, y0], [x1, y1]] = d ? pathBounds(d) : [c ?? [0, 0], c ?? [0, 0]];
      const centre: [number, number] | null = label ? [label[0], label[1]] : c;
      if (centre && Math.max(x1 - x0, y1 - y0) * unit < DOT_PX) marker = round1(centre);
      else if (centre && Math.min(x1 - x0, y1 - y0) * unit < TARGET_PX) target = round1(centre);
    }
    countries.push({ id: String(g.id), d, marker, target, label });
  }
  const other = topology.objects.other ? draw(feature(topology, topology.objects.other) as GeoPermissibleObjects) : '';
  return {
    region: region ?? 'world',
    width,
    height,
    sphere: draw({ type: 'Sphere' }),
    graticule: draw(geoGraticule10()),
    countries,
    other,
  };
}

export function buildMapModel(topology: Topology, width = 1200): MapModel {
  const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const height = Math.ceil(geoPath(projection).bounds({ type: 'Sphere' })[1][1]);
  return project(topology, projection, width, height, null);
}

/** Each region's projection, centred on it; equal-area, so areas compare across the view. */
const PROJECTIONS: Record<Exclude<Region, 'world'>, () => GeoProjection> = {
  // Eurostat's projection (ETRS89-LAEA, EPSG:3035): Lambert azimuthal equal-area at 52°N 10°E.
  europe: () => geoAzimuthalEqualArea().rotate([-10, -52]),
  // Albers-style conic equal-area, as the US and Canadian statistical agencies use.
  'north-america': () => geoConicEqualArea().parallels([20, 60]).rotate([100, 0]),
  // Albers conic equal-area on 15°N and 45°N (the band most of Asia lies in), about 90°E.
  asia: () => geoConicEqualArea().parallels([15, 45]).rotate([-88, 0]),
  // Lambert azimuthal equal-area about the continent's middle, as in the AU's and FAO's maps.
  africa: () => geoAzimuthalEqualArea().rotate([-17, -2]),
  oceania: () => geoAzimuthalEqualArea().rotate([-148, 25]),
};

/** The projection a region's model is drawn in: fitted to its frame's width, clipped to the frame. */
export function regionProjection(region: Exclude<Region, 'world'>, width: number): { projection: GeoProjection; height: number } {
  const frame = frameOutline(region);
  const projection = PROJECTIONS[region]().fitWidth(width, frame);
  const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** A region's model: its own projection, and only the countries whose shapes reach into the frame. */
export function buildRegionModel(topology: Topology, region: Region, width = 1200): MapModel {
  if (region === 'world') return buildMapModel(topology, width);
  const { projection, height } = regionProjection(region, width);
  return project(topology, projection, width, height, region);
}
