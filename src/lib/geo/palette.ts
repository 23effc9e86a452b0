/**
 * Colours for exports (PNG and SVG files have no stylesheet). They mirror the light
 * theme's tokens in src/styles/app.css; a test keeps the two in step.
 */
import type { Level } from '../data/types.ts';

export const LIGHT = {
  bg: '#ffffff',
  fg: '#1b1b1b',
  muted: '#555b61',
  sea: '#eef3f7',
  line: '#c9ced4',
  'land-edge': '#ffffff',
  hatch: '#3f6d9e',
  dots: '#8a5a1c',
  'swatch-edge': '#5c5c5c',
  levels: {
    none: '#e3e5e8',
    cleared: '#e3e5e8',
    advisory: '#fdcc8a',
    partial: '#fc8d59',
    government: '#d7301f',
    nationwide: '#7f0000',
  } satisfies Record<Level, string>,
};
