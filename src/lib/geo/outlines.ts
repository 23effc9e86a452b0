/**
 * Alliance outlines: the merged borders of an alliance's members, one shape per period in
 * which the membership stayed the same. Built at build time, once per region in that region's
 * projection (the same as its map model), so the browser fetches ready path data only when a
 * reader turns an overlay on in that view.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import { parsePartialDate, lastDayOf, isoFromDay } from '../data/dates.ts';
import type { Alliance } from '../data/types.ts';
import { membersOn } from '../alliances/alliances.ts';
import { CompactPath } from './svgpath.ts';
import { regionProjection } from './model.ts';
import type { Region } from './regions.ts';

export interface OutlinePeriod {
  /** First and last day (inclusive, YYYY-MM-DD) of this membership; to is null while current. */
  from: string;
  to: string | null;
  members: string[];
  d: string;
}

export interface Outlines {
  /** The region whose projection the paths are in; absent in files built before regions had outlines: the world. */
  region?: Region;
  width: number;
  alliances: Record<string, OutlinePeriod[]>;
}

/** Days on which membership changes, from `since` on. */
function changeDays(alliance: Alliance, since: number): number[] {
  const days = new Set<number>([since]);
  for (const m of alliance.members) {
    const f = parsePartialDate(m.from.iso);
    if (f && f.day > since) days.add(f.day);
    const t = m.to ? parsePartialDate(m.to.iso) : null;
    if (t && lastDayOf(t) + 1 > since) days.add(lastDayOf(t) + 1);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Clipped a little outside the region's map: an alliance reaching past the frame (NATO east of
 * Europe's) is cut where nobody sees the cut, instead of a dashed line along the map's edge.
 */
const CLIP_MARGIN = 8;

function projectionFor(region: Region, width: number): GeoProjection {
  if (region === 'world') return geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const { projection, height } = regionProjection(region, width);
  return projection.clipExtent([
    [-CLIP_MARGIN, -CLIP_MARGIN],
    [width + CLIP_MARGIN, height + CLIP_MARGIN],
  ]);
}

export function buildOutlines(
  topology: Topology,
  alliances: readonly Alliance[],
  since: number,
  width = 1200,
  region: Region = 'world',
): Outlines {
  const projection = projectionFor(region, width);
  const ctx = new CompactPath();
  const path = geoPath(projection, ctx);
  const collection = topology.objects.countries as GeometryCollection;
  const byId = new Map(collection.geometries.map((g) => [String(g.id), g as TopoPolygon | TopoMultiPolygon]));
  const out: Outlines = { region, width, alliances: {} };
  for (const alliance of alliances) {
    const periods: OutlinePeriod[] = [];
    const days = changeDays(alliance, since);
    days.forEach((day, i) => {
      const members = membersOn(alliance, day).sort();
      const shapes = members.map((m) => byId.get(m)).filter((g): g is TopoPolygon | TopoMultiPolygon => !!g);
      const merged = merge(topology, shapes) as MultiPolygon;
      path(merged);
      periods.push({
        from: isoFromDay(day),
        to: i + 1 < days.length ? isoFromDay(days[i + 1] - 1) : null,
        members,
        d: ctx.result(),
      });
    });
    out.alliances[alliance.id] = periods;
  }
  return out;
}
