/**
 * Geometry preparation, run at build time: gives every Natural Earth feature its ISO 3166-1
 * alpha-3 jurisdiction, merges features that belong to one jurisdiction, and drops
 * Antarctica. Pure, so that both the topology build and the data check agree on which
 * jurisdictions are drawn.
 */
import type { GeometryCollection, GeometryObject, Topology, MultiPolygon, Polygon } from 'topojson-specification';

/**
 * Natural Earth 1:50m features without an ISO numeric id, or sharing one. A name mapped
 * to null stays on the map as land of no jurisdiction.
 */
export const UNCODED: Record<string, string | null> = {
  Kosovo: 'XKX',
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Ashmore and Cartier Is.': 'AUS',
  'Indian Ocean Ter.': null,
  'Siachen Glacier': null,
};
const DROPPED = new Set(['010']); // Antarctica

export interface Props {
  name: string;
}

export type CountryGeometry = (Polygon<Props> | MultiPolygon<Props>) & { id?: string };

export function jurisdictionOf(
  g: { id?: string | number; properties?: { name?: string } | object | null },
  numericToIso: Map<string, string>,
): string | null | undefined {
  const name = (g.properties as { name?: string } | null | undefined)?.name ?? '';
  if (name in UNCODED) return UNCODED[name];
  if (g.id === undefined) return undefined;
  const id = String(g.id).padStart(3, '0');
  if (DROPPED.has(id)) return null;
  return numericToIso.get(id);
}

function polygons(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [(g as Polygon).arcs];
  if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
  return [];
}

export interface Assigned {
  topology: Topology;
  /** Jurisdictions drawn, with the Natural Earth names they came from. */
  ids: Map<string, string[]>;
  /** Features that could not be assigned (neither coded nor known): fix UNCODED. */
  unknown: string[];
}

/**
 * Returns a topology whose `countries` object has one geometry per jurisdiction (id = ISO3)
 * and a `land` object with the unassigned land, keeping the original arcs.
 */
export function assignJurisdictions(world: Topology, numericToIso: Map<string, string>, names: Map<string, string>): Assigned {
  const source = world.objects.countries as GeometryCollection<{ name?: string }>;
  const byId = new Map<string, number[][][]>();
  const nePieces = new Map<string, string[]>();
  const unassigned: number[][][] = [];
  const unknown: string[] = [];
  for (const g of source.geometries) {
    const iso = jurisdictionOf(g, numericToIso);
    const name = (g.properties as { name?: string } | null | undefined)?.name ?? '(no name)';
    if (iso === undefined) {
      unknown.push(`${name} (${String(g.id)})`);
      continue;
    }
    if (iso === null) {
      if (g.id === undefined) unassigned.push(...polygons(g));
      continue;
    }
    byId.set(iso, [...(byId.get(iso) ?? []), ...polygons(g)]);
    nePieces.set(iso, [...(nePieces.get(iso) ?? []), name]);
  }
  const geometries: CountryGeometry[] = [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, polys]) => ({ type: 'MultiPolygon', id, arcs: polys, properties: { name: names.get(id) ?? id } }));
  const topology: Topology = {
    ...world,
    objects: {
      countries: { type: 'GeometryCollection', geometries },
      other: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: unassigned }] },
    },
  };
  return { topology, ids: nePieces, unknown };
}
