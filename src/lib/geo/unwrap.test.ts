import { describe, expect, it } from 'vitest';
import { unwrapRing, unwrapGeometry } from './unwrap.ts';

const maxStep = (ring: number[][]) => Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i][0])));

describe('unwrapRing', () => {
  it.each([
    [
      'a ring that crosses eastwards (Chukotka)',
      [
        [170, 65],
        [179.9, 66],
        [-179.9, 66],
        [-175, 65],
        [170, 65],
      ],
      [
        [170, 65],
        [179.9, 66],
        [180.1, 66],
        [185, 65],
        [170, 65],
      ],
    ],
    [
      'a ring that crosses westwards (Fiji)',
      [
        [-179.5, -16],
        [179.5, -16.5],
        [179, -17],
        [-179.5, -16],
      ],
      [
        [-179.5, -16],
        [-180.5, -16.5],
        [-181, -17],
        [-179.5, -16],
      ],
    ],
    [
      'a ring that does not cross',
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
      [
        [10, 0],
        [20, 0],
        [20, 10],
        [10, 0],
      ],
    ],
  ])('%s', (_name, ring, expected) => {
    const out = unwrapRing(ring);
    out.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(expected[i][0], 6);
      expect(p[1]).toBe(expected[i][1]);
    });
    expect(maxStep(out)).toBeLessThan(180);
  });

  it('leaves a step of exactly 180° as written: either way round is as long', () => {
    const ring = [
      [-90, 0],
      [90, 0],
      [90, 10],
      [-90, 0],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
    const back = [
      [90, 0],
      [-90, 0],
      [-90, 10],
      [90, 0],
    ];
    expect(unwrapRing(back)).toEqual(back);
  });

  it('unwraps every ring of a polygon, holes included', () => {
    const g = unwrapGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [179, 1],
          [-179, 1],
          [-179, 3],
          [179, 1],
        ],
        [
          [179.5, 1.5],
          [-179.5, 1.5],
          [179.5, 1.5],
        ],
      ],
    });
    expect(g).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [179, 1],
          [181, 1],
          [181, 3],
          [179, 1],
        ],
        [
          [179.5, 1.5],
          [180.5, 1.5],
          [179.5, 1.5],
        ],
      ],
    });
  });

  it('passes other geometries through untouched', () => {
    const point = { type: 'Point' as const, coordinates: [179, 1] };
    expect(unwrapGeometry(point)).toBe(point);
  });

  it('unwraps every ring of a multipolygon', () => {
    const g = unwrapGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 1],
            [-179, 1],
            [-179, 2],
            [179, 1],
          ],
        ],
      ],
    });
    expect(g.type === 'MultiPolygon' && maxStep(g.coordinates[0][0])).toBeLessThan(180);
  });
});
