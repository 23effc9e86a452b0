/**
 * The status ramp must be read in order by everyone: monotone in lightness and rising in chroma
 * from "Warning" to "Nationwide ban" in both themes, still ordered and distinct for the three
 * kinds of colour blindness, and the same colours as the stylesheet's tokens.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DARK, LIGHT, type Palette } from './palette.ts';

type Rgb = [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;

/** OKLab from linear sRGB (Björn Ottosson's matrices). */
function oklab([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Machado, Oliveira and Fernandes (2009), severity 1, in linear sRGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: Rgb, m: number[][]): Rgb =>
  m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as Rgb;

const RAMP = ['advisory', 'partial', 'government', 'nationwide'] as const;
const THEMES: [string, Palette, 1 | -1][] = [
  // In the light theme severity darkens; in the dark theme it brightens.
  ['light', LIGHT, -1],
  ['dark', DARK, 1],
];

describe.each(THEMES)('the %s ramp', (_name, palette, direction) => {
  const labs = RAMP.map((l) => oklab(rgb(palette.levels[l])));

  it('is monotone in lightness, away from the page background', () => {
    for (let i = 1; i < labs.length; i++) expect(direction * (labs[i][0] - labs[i - 1][0]), RAMP[i]).toBeGreaterThan(0.04);
  });

  it('rises in chroma, so the most severe level is the most intense', () => {
    const chroma = labs.map(([, a, b]) => Math.hypot(a, b));
    for (let i = 1; i < chroma.length; i++) expect(chroma[i], RAMP[i]).toBeGreaterThan(chroma[i - 1]);
  });

  it.each(Object.keys(CVD))('stays ordered and distinct with %s', (kind) => {
    const seen = RAMP.map((l) => oklab(simulate(rgb(palette.levels[l]), CVD[kind])));
    for (let i = 1; i < seen.length; i++) {
      expect(direction * (seen[i][0] - seen[i - 1][0]), RAMP[i]).toBeGreaterThan(0.02);
      const distance = Math.hypot(seen[i][0] - seen[i - 1][0], seen[i][1] - seen[i - 1][1], seen[i][2] - seen[i - 1][2]);
      expect(distance, RAMP[i]).toBeGreaterThan(0.05);
    }
  });
});

describe('the palette and the stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../styles/theme.css'), 'utf8');
  const pair = (token: string) =>
    /light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/.exec(new RegExp(`--${token}: ([^;]+);`).exec(css)?.[1] ?? '');

  it.each(['bg', 'fg', 'muted', 'sea', 'line', 'land-edge', 'outline', 'hatch', 'dots', 'swatch-edge'] as const)(
    '--%s is the same in both',
    (token) => {
      expect(pair(token)?.slice(1)).toEqual([LIGHT[token], DARK[token]]);
    },
  );

  it.each(['none', 'cleared', ...RAMP] as const)('--l-%s is the same in both', (level) => {
    expect(pair(`l-${level}`)?.slice(1)).toEqual([LIGHT.levels[level], DARK.levels[level]]);
  });
});

describe('grey land against the sea', () => {
  const css = readFileSync(join(import.meta.dirname, '../../styles/theme.css'), 'utf8');
  const token = (name: string, theme: 0 | 1): string =>
    /light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/.exec(new RegExp(`--${name}: ([^;]+);`).exec(css)?.[1] ?? '')?.[theme + 1] ??
    '';
  const luminance = (hex: string): number => {
    const [r, g, b] = rgb(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  // A country nobody has researched (and one checked with nothing found) keeps its coastline:
  // in the light theme its pale grey once matched the sea, and Africa lost its shape.
  it.each([
    ['light', 0],
    ['dark', 1],
  ] as const)('in the %s theme, both greys stand apart from the sea', (_name, theme) => {
    for (const grey of ['l-unresearched', 'l-none'])
      expect(contrast(token(grey, theme), token('sea', theme)), grey).toBeGreaterThanOrEqual(1.08);
  });
});
