/**
 * The map's two textures as pixels, for the WebGL map (which has no SVG <pattern>): dots for
 * "Warning" (advisory) and a diagonal hatch for "Reviewed and not restricted" (cleared), the
 * same marks as the SVG map, so neither level relies on colour. Tiles repeat seamlessly.
 */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type PatternKind = 'dots' | 'hatch';

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)", as getComputedStyle gives colours, to [r, g, b, a]. */
export function parseRgb(colour: string): [number, number, number, number] {
  const n = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = n;
  return [r, g, b, Math.round(a * 255)];
}

/**
 * A square tile: `size` CSS pixels at `ratio` device pixels each. Dots: one round dot in the
 * middle (5 px tile, 0.9 px radius). Hatch: lines at 45°, 2 px wide every 6 px.
 */
export function patternPixels(kind: PatternKind, background: string, ink: string, ratio = 2): Pixels {
  const size = (kind === 'dots' ? 5 : 6) * ratio;
  const bg = parseRgb(background);
  const fg = parseRgb(ink);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let on: boolean;
      if (kind === 'dots') {
        const c = size / 2 - 0.5;
        on = Math.hypot(x - c, y - c) <= 0.9 * ratio + 0.35;
      } else {
        // A diagonal band: (x + y) mod size, so the tile's edges meet the next tile's.
        on = (x + y) % size < 2 * ratio;
      }
      data.set(on ? fg : bg, (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}
