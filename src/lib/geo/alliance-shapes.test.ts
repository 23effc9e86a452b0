import { describe, expect, it } from 'vitest';
import { AllianceShapes } from './alliance-shapes.ts';
import { squares } from './squares.fixture.ts';
import { parseDay } from '../data/dates.ts';
import type { Alliance } from '../data/types.ts';

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
  members: [member('FRA', '2000-01-01'), member('DEU', '2010-06-01')],
};

describe('AllianceShapes', () => {
  const shapes = new AllianceShapes(squares, [pact]);

  it('merges the members on the date into one shape, dissolving shared borders', () => {
    const [before] = shapes.on(['pact'], day('2010-05-31'));
    expect(before.members).toEqual(['FRA']);
    const [after] = shapes.on(['pact'], day('2010-06-01'));
    expect(after.members).toEqual(['DEU', 'FRA']);
    expect(after.feature.properties).toEqual({ id: 'pact', members: 2 });
    // One polygon with one ring: the border at 10° east is gone.
    expect(after.feature.geometry.coordinates).toHaveLength(1);
    expect(after.feature.geometry.coordinates[0]).toHaveLength(1);
    expect(after.feature.geometry.coordinates[0][0]).toHaveLength(7);
  });

  it('gives MapLibre a GeoJSON feature, and lists a member the map does not draw without failing on it', () => {
    const wider: Alliance = {
      ...pact,
      id: 'wider',
      short: 'W',
      members: [member('FRA', '2000-01-01'), member('ZZZ', '2000-01-01')],
    };
    const [shape] = new AllianceShapes(squares, [wider]).on(['wider'], day('2001-01-01'));
    expect(shape.id).toBe('wider');
    expect(shape.short).toBe('W');
    expect(shape.members).toEqual(['FRA', 'ZZZ']);
    expect(shape.feature.type).toBe('Feature');
    expect(shape.feature.geometry.type).toBe('MultiPolygon');
    expect(shape.feature.geometry.coordinates).toHaveLength(1);
    expect(shape.feature.properties).toEqual({ id: 'wider', members: 2 });
  });

  it('reuses the merge while membership is unchanged, and skips unknown alliances', () => {
    expect(shapes.on(['pact'], day('2011-01-01'))[0]).toBe(shapes.on(['pact'], day('2020-01-01'))[0]);
    expect(shapes.on(['nope'], day('2020-01-01'))).toEqual([]);
  });
});
