import { describe, expect, it } from 'vitest';
import { geoIdentity, geoPath } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { CompactPath, pathBounds } from './svgpath.ts';

type Call = ['moveTo', number, number] | ['lineTo', number, number] | ['closePath'];

/** A d3-geo path context that only records what it is told, to compare CompactPath against. */
class Recorder {
  calls: Call[] = [];
  moveTo(x: number, y: number): void {
    this.calls.push(['moveTo', x, y]);
  }
  lineTo(x: number, y: number): void {
    this.calls.push(['lineTo', x, y]);
  }
  closePath(): void {
    this.calls.push(['closePath']);
  }
  arc(): void {}
  beginPath(): void {}
}

function play(calls: readonly Call[], ctx: CompactPath): string {
  for (const c of calls) {
    if (c[0] === 'moveTo') ctx.moveTo(c[1], c[2]);
    else if (c[0] === 'lineTo') ctx.lineTo(c[1], c[2]);
    else ctx.closePath();
  }
  return ctx.result();
}

const square = (x: number, y: number, s: number): Call[] => [
  ['moveTo', x, y],
  ['lineTo', x + s, y],
  ['lineTo', x + s, y + s],
  ['lineTo', x, y + s],
  ['closePath'],
];

/** Absolute rings back from the compact path, by SVG's rules: m is relative to the last ring's start after z. */
function decode(d: string): number[][][] {
  const rings: number[][][] = [];
  let start = [0, 0];
  let pen = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const n = (args.match(/-?\d+/g) ?? []).map(Number);
    if (cmd === 'M' || cmd === 'm') {
      pen = cmd === 'M' ? [n[0], n[1]] : [pen[0] + n[0], pen[1] + n[1]];
      start = pen;
      rings.push([pen]);
    } else if (cmd === 'l') {
      for (let i = 0; i < n.length; i += 2) {
        pen = [pen[0] + n[i], pen[1] + n[i + 1]];
        rings[rings.length - 1].push(pen);
      }
    } else if (cmd === 'z') pen = start;
  }
  return rings;
}

describe('CompactPath', () => {
  it('writes one ring as an absolute move and relative lines, closed by z', () => {
    expect(play(square(0, 0, 10), new CompactPath())).toBe('M0 0l10 0l0 10l-10 0z');
  });

  it('writes negative steps without a separating space', () => {
    expect(play([['moveTo', 5, 5], ['lineTo', 8, 1], ['lineTo', 2, -3], ['closePath']], new CompactPath())).toBe(
      'M5 5l3-4l-6-4z',
    );
  });

  it('starts each later ring from the previous ring’s start, where z leaves the pen', () => {
    const calls = [...square(5, 5, 10), ...square(20, 30, 2), ...square(0, 0, 4)];
    // Ring 2 moves from (5,5), ring 3 from (20,30): not from the last point drawn, nor from the origin.
    expect(play(calls, new CompactPath())).toBe('M5 5l10 0l0 10l-10 0zm15 25l2 0l0 2l-2 0zm-20 -30l4 0l0 4l-4 0z');
  });

  it('rounds absolute positions, so rounding errors do not add up along a ring', () => {
    const calls: Call[] = [
      ['moveTo', 0.4, 0.6],
      ['lineTo', 10.4, 0.6],
      ['lineTo', 10.6, 10.4],
      ['lineTo', 0.6, 10.6],
      ['closePath'],
    ];
    expect(play(calls, new CompactPath())).toBe('M0 1l10 0l1 9l-10 1z');
  });

  it('drops points that round onto the previous one, and a closing point equal to the start', () => {
    const calls: Call[] = [
      ['moveTo', 0, 0],
      ['lineTo', 0.2, 0.2],
      ['lineTo', 10, 0],
      ['lineTo', 10.3, 0],
      ['lineTo', 10, 10],
      ['lineTo', 0, 0],
      ['closePath'],
    ];
    expect(play(calls, new CompactPath())).toBe('M0 0l10 0l0 10z');
  });

  it('leaves out rings that collapse to fewer than three points, and keeps the pen where it was', () => {
    const calls: Call[] = [
      ...square(5, 5, 10),
      ['moveTo', 50, 50],
      ['lineTo', 50.2, 50.1],
      ['lineTo', 51, 50],
      ['closePath'],
      ...square(7, 7, 1),
    ];
    expect(play(calls, new CompactPath())).toBe('M5 5l10 0l0 10l-10 0zm2 2l1 0l0 1l-1 0z');
    expect(play([['moveTo', 1, 1], ['lineTo', 2, 2], ['lineTo', 1, 1], ['closePath']], new CompactPath())).toBe('');
  });

  it('keeps a ring of exactly three points', () => {
    expect(play([['moveTo', 0, 0], ['lineTo', 4, 0], ['lineTo', 0, 3], ['closePath']], new CompactPath())).toBe('M0 0l4 0l-4 3z');
  });

  it('writes a ring that d3 leaves open when the next ring starts, and at the end', () => {
    const open: Call[] = [
      ['moveTo', 0, 0],
      ['lineTo', 4, 0],
      ['lineTo', 4, 4],
      ['moveTo', 10, 10],
      ['lineTo', 12, 10],
      ['lineTo', 12, 12],
    ];
    expect(play(open, new CompactPath())).toBe('M0 0l4 0l0 4zm10 10l2 0l0 2z');
  });

  it('starts afresh after result(): absolute move, pen at the origin', () => {
    const ctx = new CompactPath();
    expect(play(square(5, 5, 1), ctx)).toBe('M5 5l1 0l0 1l-1 0z');
    expect(play(square(6, 6, 1), ctx)).toBe('M6 6l1 0l0 1l-1 0z');
    expect(ctx.result()).toBe('');
  });

  it('ignores arcs and beginPath, which country shapes never use', () => {
    const ctx = new CompactPath();
    ctx.beginPath();
    ctx.arc();
    expect(play(square(1, 1, 2), ctx)).toBe('M1 1l2 0l0 2l-2 0z');
  });

  it('draws what d3 draws: the decoded path has the recorded points, rounded', () => {
    // Three squares, one with a hole, in viewBox units (identity projection, y down).
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [10.2, 10.7],
            [10.2, 40.1],
            [40.6, 40.1],
            [40.6, 10.7],
            [10.2, 10.7],
          ],
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 30],
            [20, 20],
          ],
        ],
        [
          [
            [60, 5],
            [60, 15],
            [70, 15],
            [70, 5],
            [60, 5],
          ],
        ],
      ],
    };
    const recorder = new Recorder();
    geoPath(geoIdentity(), recorder)(shape);
    const ctx = new CompactPath();
    geoPath(geoIdentity(), ctx)(shape);
    const expected: number[][][] = [];
    for (const c of recorder.calls) {
      if (c[0] === 'moveTo') expected.push([[Math.round(c[1]), Math.round(c[2])]]);
      else if (c[0] === 'lineTo') expected[expected.length - 1].push([Math.round(c[1]), Math.round(c[2])]);
    }
    const d = ctx.result();
    expect(d.match(/z/g)).toHaveLength(3);
    expect(decode(d)).toEqual(expected);
  });
});

describe('pathBounds', () => {
  it('follows relative moves and closes, and boxes every ring', () => {
    expect(pathBounds('M10 20l5 0l0-8z')).toEqual([
      [10, 12],
      [15, 20],
    ]);
    // After z the pen is back at the ring's start (10 20), so the next ring starts at 40 70.
    expect(pathBounds('M10 20l5 0l0-8zm30 50l-2 3l4 0z')).toEqual([
      [10, 12],
      [42, 73],
    ]);
  });
});
