import { describe, expect, it } from 'vitest';
import { parseRgb, patternPixels } from './patterns.ts';

const at = (p: { width: number; data: Uint8ClampedArray }, x: number, y: number): number[] => [
  ...p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 4),
];

describe('patternPixels', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(253, 204, 138)')).toEqual([253, 204, 138, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 128]);
  });
  it('dots: a dot of ink in the middle of the background', () => {
    const p = patternPixels('dots', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', 2);
    expect([p.width, p.height, p.data.length]).toEqual([10, 10, 400]);
    expect(at(p, 5, 5)).toEqual([0, 0, 0, 255]);
    expect(at(p, 0, 0)).toEqual([255, 255, 255, 255]);
  });
  it('hatch: diagonal lines that continue across the tile edges', () => {
    const p = patternPixels('hatch', 'rgb(255, 255, 255)', 'rgb(0, 0, 255)', 2);
    expect(p.width).toBe(12);
    const ink = (x: number, y: number): boolean => at(p, x, y)[2] === 255 && at(p, x, y)[0] === 0;
    expect(ink(0, 0)).toBe(true);
    expect(ink(6, 0)).toBe(false);
    // Along each 45° line the ink carries on, wrapping round the tile's edges into the next tile.
    for (let y = 0; y < 12; y++) for (let x = 0; x < 12; x++) expect(ink(x, y)).toBe(ink((x + 1) % 12, (y + 11) % 12));
    const inked = Array.from({ length: 144 }, (_, i) => ink(i % 12, Math.floor(i / 12))).filter(Boolean).length;
    expect(inked / 144).toBeCloseTo(1 / 3, 1);
  });
});
