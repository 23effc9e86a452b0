import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { buildMapModel, buildRegionModel, regionProjection } from './model.ts';
import { squares } from './squares.fixture.ts';

describe('buildMapModel', () => {
  // Built inside each test, not at collection, so mutation testing sees which test ran what.
  const build = () => buildMapModel(squares, 600);

  it('draws each country as compact path data, in the topology’s order', () => {
    expect(build().countries).toEqual([
      // Too small for a label at any size (under 24 by 12 units); tap targets are for regions.
      { id: 'DEU', d: 'M317 146l0-22l16 0l0 22z', marker: null, target: null, label: null },
      { id: 'FRA', d: 'M317 146l-17 0l0-22l17 0z', marker: null, target: null, label: null },
      // Too small to draw at this width: no path, and a marker at its projected centre.
      { id: 'MLT', d: '', marker: [368.8, 41.6], target: null, label: null },
      { id: 'XKX', d: 'M350 146l0-11l8 0l0 11z', marker: null, target: null, label: null },
    ]);
  });

  it('puts a marker at the projected centre, to a tenth of a unit', () => {
    const [x, y] = geoEqualEarth().fitWidth(600, { type: 'Sphere' })([50.05, 50.05]) as [number, number];
    expect(build().countries[2].marker).toEqual([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  });

  it('gives no marker to a small state without a centre, nor to a large one with a centre', () => {
    const geometries = (squares.objects.countries as { geometries: object[] }).geometries;
    const bare: Topology = {
      ...squares,
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [{ type: 'MultiPolygon', id: 'MLT', arcs: [[[4]]], properties: { name: 'Malta' } }, geometries[1]],
        } as Topology['objects'][string],
      },
    };
    expect(buildMapModel(bare, 600).countries.map((c) => c.marker)).toEqual([null, null]);
  });

  it('labels a country in its largest part once the map is wide enough for one', () => {
    const countries = buildMapModel(squares, 1200).countries;
    // [x, y, width, height]: the centre of each 10° square and its size; Kosovo (16 by 22 units) is too small.
    expect(countries.map((c) => [c.id, c.label])).toEqual([
      ['DEU', [650, 270, 34, 45]],
      ['FRA', [617, 270, 33, 45]],
      ['MLT', null],
      ['XKX', null],
    ]);
  });

  it('fits the sphere to the width; the height follows from Equal Earth', () => {
    expect([build().width, build().height]).toEqual([600, 293]);
    const wide = buildMapModel(squares);
    expect([wide.width, wide.height]).toEqual([1200, 585]);
    expect(build().sphere).toMatch(/^M122 0l178 0l178 0l31 15l.*z$/);
    expect(build().graticule).toMatch(/^M\d+ \d+l.*z$/);
  });

  it('draws land of no jurisdiction when the topology has some, and nothing when not', () => {
    expect(build().other).toBe('');
    const withOther: Topology = {
      ...squares,
      objects: {
        ...squares.objects,
        other: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: [[[3]]] }] },
      },
    };
    expect(buildMapModel(withOther, 600).other).toBe('M350 146l0-11l8 0l0 11z');
  });
});

/** A square ring of side `s` degrees from (x, y), clockwise as d3-geo wants. */
const square = (x: number, y: number, s: number, h = s): number[][] => [
  [x, y],
  [x, y + h],
  [x + s, y + h],
  [x + s, y],
  [x, y],
];

/**
 * A made-up Europe: a large country with an island, a middling one, a small one, two thin strips,
 * a microstate too small for a path, and two far outside Europe's frame (one with a centre).
 */
const europe: Topology = {
  type: 'Topology',
  arcs: [
    square(0, 45, 10),
    square(20, 60, 1),
    square(20, 40, 2),
    square(30, 50, 0.5),
    square(7.4, 43.7, 0.01),
    square(6, 40, 8, 0.3),
    square(14, 45, 0.3, 8),
    square(100, 10, 10),
    square(100, 30, 0.01),
  ] as Topology['arcs'],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        // A mainland and an island: the label goes in the mainland.
        { type: 'MultiPolygon', id: 'BIG', arcs: [[[0]], [[1]]], properties: { name: 'Big' } },
        { type: 'Polygon', id: 'MID', arcs: [[2]], properties: { name: 'Mid', c: [21, 41] } },
        { type: 'Polygon', id: 'DOT', arcs: [[3]], properties: { name: 'Dot', c: [30.25, 50.25] } },
        { type: 'MultiPolygon', id: 'MCO', arcs: [[[4]]], properties: { name: 'Monaco', c: [7.42, 43.73] } },
        { type: 'MultiPolygon', id: 'STR', arcs: [[[5]]], properties: { name: 'Strip', c: [10, 40.15] } },
        { type: 'MultiPolygon', id: 'TAL', arcs: [[[6]]], properties: { name: 'Tall', c: [14.15, 49] } },
        { type: 'MultiPolygon', id: 'FAR', arcs: [[[7]]], properties: { name: 'Far' } },
        { type: 'MultiPolygon', id: 'FDT', arcs: [[[8]]], properties: { name: 'Far dot', c: [100, 30] } },
      ],
    } as Topology['objects'][string],
  },
};

describe('buildRegionModel', () => {
  it('gives the world its own model, marked as the world', () => {
    expect(buildRegionModel(squares, 'world', 600)).toEqual(buildMapModel(squares, 600));
    expect(buildMapModel(squares, 600).region).toBe('world');
  });

  it('keeps only what the frame shows, and on a phone gives small countries a marker or a tap target', () => {
    const model = buildRegionModel(europe, 'europe');
    expect(model.region).toBe('europe');
    expect(model.countries).toEqual([
      // Large enough to tap and to label, in the mainland: nothing added.
      {
        id: 'BIG',
        d: 'M459 632l30-223l128 9l0 224zm270 -334l-3-22l10-1l4 22z',
        marker: null,
        target: null,
        label: [545, 529, 158, 233],
      },
      // 40 by 49 units is about 12 by 14 px on a 351 px map: a 24 px tap target, centred on its label.
      { id: 'MID', d: 'M789 743l-5-45l33-5l6 45z', marker: null, target: [803, 718], label: [803, 718, 40, 49] },
      // Under 6 px either way on a phone: a visible marker at its centre.
      { id: 'DOT', d: 'M901 491l-3-11l7-2l3 11z', marker: [903, 484.7], target: null, label: null },
      // Too small for a path, but its centre lies in the frame: a marker.
      { id: 'MCO', d: '', marker: [575, 670], target: null, label: null },
      // Long (40 px) but thin (2 px): too thin to label or tap, too long for a marker.
      { id: 'STR', d: 'M548 752l0-6l138 0l0 6z', marker: null, target: [616.9, 750.7], label: null },
      // The same, standing up.
      { id: 'TAL', d: 'M680 641l-9-179l4-1l10 179z', marker: null, target: [677.9, 551], label: null },
    ]);
  });

  it('clips the map to the frame', () => {
    const { sphere, height, width } = buildRegionModel(europe, 'europe');
    expect(sphere).toBe(`M0 0l${width} 0l0 ${height}l-${width} 0z`);
  });

  it.each([
    // Each region's own projection sets its shape: the height at a width of 1200.
    ['europe', 888],
    ['north-america', 768],
    ['oceania', 753],
  ] as const)('draws %s in its own projection, %i units high at 1200 wide', (region, height) => {
    expect(regionProjection(region, 1200).height).toBe(height);
    expect(buildRegionModel(europe, region).height).toBe(height);
  });

  it('centres Europe on 10°E, as Eurostat’s projection does: that meridian runs straight up the map', () => {
    const { projection } = regionProjection('europe', 1200);
    const [x0] = projection([10, 40]) as [number, number];
    const [x1] = projection([10, 65]) as [number, number];
    expect(x0).toBeCloseTo(x1, 6);
  });
});
