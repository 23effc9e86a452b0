import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { AllianceShapes } from './alliance-shapes.ts';
import { parseDay } from '../data/dates.ts';
import type { Alliance } from '../data/types.ts';

// Two unit squares side by side, sharing the arc x = 1.
const topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 1],
      [1, 0],
    ],
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ],
    [
      [1, 1],
      [2, 1],
      [2, 0],
      [1, 0],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'AAA', arcs: [[1, 0]] },
        { type: 'Polygon', id: 'BBB', arcs: [[2, -1]] },
      ],
    },
  },
} as unknown as Topology;

const day = (iso: string): number => parseDay(iso) as number;
const member = (id: string, from: string) => ({
  member: id,
  from: { iso: from, precision: 'day' as const },
  to: null,
  notes: '',
});
const pact: Alliance = {
  id: 'pact',
  name: 'The Pact',
  short: 'Pact',
  description: '',
  members: [member('AAA', '2000-01-01'), member('BBB', '2010-06-01')],
};

describe('AllianceShapes', () => {
  const shapes = new AllianceShapes(topology, [pact]);

  it('merges the members on the date into one shape, dissolving shared borders', () => {
    const [before] = shapes.on(['pact'], day('2010-05-31'));
    expect(before.members).toEqual(['AAA']);
    const [after] = shapes.on(['pact'], day('2010-06-01'));
    expect(after.members).toEqual(['AAA', 'BBB']);
    expect(after.feature.properties).toEqual({ id: 'pact', members: 2 });
    // One polygon with one ring: the border at x = 1 is gone.
    expect(after.feature.geometry.coordinates).toHaveLength(1);
    expect(after.feature.geometry.coordinates[0]).toHaveLength(1);
    expect(after.feature.geometry.coordinates[0][0]).toHaveLength(7);
  });

  it('reuses the merge while membership is unchanged, and skips unknown alliances', () => {
    expect(shapes.on(['pact'], day('2011-01-01'))[0]).toBe(shapes.on(['pact'], day('2020-01-01'))[0]);
    expect(shapes.on(['nope'], day('2020-01-01'))).toEqual([]);
  });
});
