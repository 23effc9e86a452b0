import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { buildMapModel } from './model.ts';
import { squares } from './squares.fixture.ts';

describe('buildMapModel', () => {
  // Built inside each test, not at collection, so mutation testing sees which test ran what.
  const build = () => buildMapModel(squares, 600);

  it('draws each country as compact path data, in the topology’s order', () => {
    expect(build().countries).toEqual([
      { id: 'DEU', d: 'M317 146l0-22l16 0l0 22z', marker: null },
      { id: 'FRA', d: 'M317 146l-17 0l0-22l17 0z', marker: null },
      // Too small to draw at this width: no path, and a marker at its projected centre.
      { id: 'MLT', d: '', marker: [368.8, 41.6] },
      { id: 'XKX', d: 'M350 146l0-11l8 0l0 11z', marker: null },
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
