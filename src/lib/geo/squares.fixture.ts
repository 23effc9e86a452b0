/**
 * A hand-drawn world for the geometry tests: France and Germany as two 10° squares that share
 * an edge, Kosovo as a 5° square apart from them, and Malta as a 0.1° square too small to find
 * without a marker. Arcs are in degrees (no quantisation), rings clockwise as d3-geo wants.
 */
import type { Topology } from 'topojson-specification';

export const squares: Topology = {
  type: 'Topology',
  arcs: [
    // 0: France's outline without the shared edge, from (10,0) round to (10,10).
    [
      [10, 0],
      [0, 0],
      [0, 10],
      [10, 10],
    ],
    // 1: the edge France and Germany share, from (10,10) down to (10,0).
    [
      [10, 10],
      [10, 0],
    ],
    // 2: Germany's outline without the shared edge, from (10,10) round to (10,0).
    [
      [10, 10],
      [20, 10],
      [20, 0],
      [10, 0],
    ],
    // 3: Kosovo.
    [
      [30, 0],
      [30, 5],
      [35, 5],
      [35, 0],
      [30, 0],
    ],
    // 4: Malta.
    [
      [50, 50],
      [50, 50.1],
      [50.1, 50.1],
      [50.1, 50],
      [50, 50],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'MultiPolygon', id: 'DEU', arcs: [[[-2, 2]]], properties: { name: 'Germany' } },
        { type: 'MultiPolygon', id: 'FRA', arcs: [[[0, 1]]], properties: { name: 'France', c: [5, 5] } },
        { type: 'MultiPolygon', id: 'MLT', arcs: [[[4]]], properties: { name: 'Malta', c: [50.05, 50.05] } },
        { type: 'MultiPolygon', id: 'XKX', arcs: [[[3]]], properties: { name: 'Kosovo' } },
      ],
    },
  },
};
