import { describe, expect, it } from 'vitest';
import { parseRgb, patternPixels } from './patterns.ts';

const at = (p: { width: number; data: Uint8ClampedArray }, x: number, y: number): number[] => [
  ...p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 4),
];

describe('patternPixels', () => {
  it('reads computed colours', () => {
    expect(parseRgb('rgb(253, 204, 138)')).toEqual([253, 204, 138, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 128]);
    // Nothing to read (a colour the browser did not resolve): opaque black, never a failure.
    expect(parseRgb('')).toEqual([0, 0, 0, 255]);
  });
  it('dots: a round dot centred in the tile, 0.9 px in radius', () => {
    const inked = (ratio: number): string[] => {
      const p = patternPixels('dots', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', ratio);
      const out: string[] = [];
      for (let y = 0; y < p.height; y++) for (let x = 0; x < p.width; x++) if (at(p, x, y)[0] === 0) out.push(`${x},${y}`);
      return out;
    };
    // At 2 device pixels per CSS pixel: a 4 × 4 block in the middle of the 10 × 10 tile.
    expect(inked(2)).toEqual([
      '3,3',
      '4,3',
      '5,3',
      '6,3',
      '3,4',
      '4,4',
      '5,4',
      '6,4',
      '3,5',
      '4,5',
      '5,5',
      '6,5',
      '3,6',
      '4,6',
      '5,6',
      '6,6',
    ]);
    // At 1: a plus in the middle of the 5 × 5 tile.
    expect(inked(1)).toEqual(['2,1', '1,2', '2,2', '3,2', '2,3']);
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
