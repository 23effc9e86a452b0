/**
 * Alliance outlines for the WebGL map: the members on a date merged into one shape (shared
 * borders dissolved) from the topology the map already has, in longitude and latitude. The
 * SVG map uses the build's projected outlines instead; both follow membersOn.
 */
import { merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, MultiPolygon } from 'geojson';
import type { Alliance } from '../data/types.ts';
import { membersOn } from '../alliances/alliances.ts';
import { unwrapGeometry } from './unwrap.ts';

export interface AllianceShape {
  id: string;
  short: string;
  members: string[];
  feature: Feature<MultiPolygon, { id: string; members: number }>;
}

type Shape = TopoPolygon | TopoMultiPolygon;

export class AllianceShapes {
  private readonly byId: Map<string, Shape>;
  /** Merging is the costly part and membership rarely changes: one merge per membership. */
  private readonly cache = new Map<string, AllianceShape>();

  constructor(
    private readonly topology: Topology,
    private readonly alliances: readonly Alliance[],
  ) {
    const collection = topology.objects.countries as GeometryCollection;
    this.byId = new Map(collection.geometries.map((g) => [String(g.id), g as Shape]));
  }

  /** The chosen alliances' shapes on `day`, in the order given. */
  on(ids: readonly string[], day: number): AllianceShape[] {
    return ids.flatMap((id) => {
      const alliance = this.alliances.find((a) => a.id === id);
      return alliance ? [this.shape(alliance, day)] : [];
    });
  }

  private shape(alliance: Alliance, day: number): AllianceShape {
    const members = membersOn(alliance, day).sort();
    const key = `${alliance.id}:${members.join(',')}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const shapes = members.map((m) => this.byId.get(m)).filter((g): g is Shape => !!g);
    const merged = merge(this.topology, shapes) as MultiPolygon;
    const out: AllianceShape = {
      id: alliance.id,
      short: alliance.short,
      members,
      feature: {
        type: 'Feature',
        properties: { id: alliance.id, members: members.length },
        geometry: unwrapGeometry(merged) as MultiPolygon,
      },
    };
    this.cache.set(key, out);
    return out;
  }
}
