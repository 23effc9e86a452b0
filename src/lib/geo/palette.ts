/**
 * Colours for exports and the WebGL map's patterns (files have no stylesheet). They mirror the
 * tokens in src/styles/theme.css; a test keeps the two in step and checks the ramp's order.
 */
import type { Level } from '../data/types.ts';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  sea: string;
  line: string;
  'land-edge': string;
  outline: string;
  hatch: string;
  dots: string;
  'swatch-edge': string;
  levels: Record<Level, string>;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1b1b1b',
  muted: '#555b61',
  sea: '#dde8f1',
  line: '#c9ced4',
  'land-edge': '#ffffff',
  outline: '#1b1b1b',
  hatch: '#3f6d9e',
  dots: '#8a5a1c',
  'swatch-edge': '#5c5c5c',
  levels: {
    none: '#d9dce0',
    cleared: '#e3e5e8',
    advisory: '#fccb89',
    partial: '#f7945a',
    government: '#e45934',
    nationwide: '#bb0916',
  },
};

export const DARK: Palette = {
  bg: '#121417',
  fg: '#eceff1',
  muted: '#b0b7be',
  sea: '#182029',
  line: '#4a525b',
  'land-edge': '#121417',
  outline: '#eceff1',
  hatch: '#9cc3ea',
  dots: '#e6b56e',
  'swatch-edge': '#c9ced4',
  levels: {
    none: '#3a4049',
    cleared: '#3a4049',
    advisory: '#5b4320',
    partial: '#925019',
    government: '#cc572a',
    nationwide: '#ff645f',
  },
};

/** Each alliance's dash pattern (SVG stroke-dasharray), as the map's stylesheet draws it. */
export const OVERLAY_DASH: Readonly<Record<string, string>> = {
  'five-eyes': 'none',
  nato: '9 4',
  eu: '2 3',
  g7: '12 3 2 3',
};
