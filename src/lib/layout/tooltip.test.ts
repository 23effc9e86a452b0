import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip.ts';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 120 };

describe('placeTooltip', () => {
  it('sits below and to the right of the pointer', () => {
    expect(placeTooltip({ x: 100, y: 100 }, size, viewport)).toEqual({ left: 114, top: 114 });
  });

  it('flips left near the right edge and above near the bottom edge', () => {
    expect(placeTooltip({ x: 900, y: 750 }, size, viewport)).toEqual({ left: 586, top: 616 });
  });

  it('flips exactly when it would cross the margin, not before', () => {
    expect(placeTooltip({ x: 678, y: 658 }, size, viewport)).toEqual({ left: 692, top: 672 });
    expect(placeTooltip({ x: 679, y: 659 }, size, viewport)).toEqual({ left: 365, top: 525 });
  });

  it('keeps its margin from the edge for a pointer past the window (over a scrollbar)', () => {
    expect(placeTooltip({ x: 1010, y: 810 }, size, viewport)).toEqual({ left: 692, top: 672 });
  });

  it('stays inside a window smaller than it would like', () => {
    expect(placeTooltip({ x: 150, y: 60 }, size, { width: 320, height: 150 })).toEqual({ left: 8, top: 8 });
  });
});
