import { describe, expect, it } from 'vitest';
import { DEFAULT_PACE, END_HOLDS, FPS, HOLD_YEARS, PACES, schedule, totalSeconds, type Pace } from './schedule.ts';

const pace = (id: Pace['id']): Pace => PACES.find((p) => p.id === id) as Pace;
const YEAR = 365.25;

describe('schedule', () => {
  it('defaults to one second per year, between half a second and two', () => {
    expect(DEFAULT_PACE).toEqual({ id: 'normal', secondsPerYear: 1 });
    expect(PACES.map((p) => p.secondsPerYear)).toEqual([0.5, 1, 2]);
  });

  it('runs a year without changes in about a second of frames at the default pace, then holds the end', () => {
    const frames = schedule({ start: 0, end: 365, changeDays: [], pace: DEFAULT_PACE });
    const running = frames.filter((f) => !f.hold);
    expect(running).toHaveLength(FPS);
    expect(running.every((f) => f.duration === 1 / FPS)).toBe(true);
    expect(frames[0]).toEqual({ day: 0, start: 0, duration: 1 / FPS, hold: false });
    // Evenly spaced through the year.
    expect(running[1].day).toBe(Math.round(YEAR / FPS));
    const last = frames[frames.length - 1];
    expect(last).toMatchObject({ day: 365, duration: END_HOLDS * HOLD_YEARS, hold: true });
    expect(last.start).toBeCloseTo(1, 9);
    expect(totalSeconds(frames)).toBeCloseTo(1 + END_HOLDS * HOLD_YEARS, 9);
  });

  it('stops on each change day, even between two running frames, in date order', () => {
    const frames = schedule({ start: 0, end: 730, changeDays: [400, 5], pace: DEFAULT_PACE });
    const days = frames.map((f) => f.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const d of [5, 400]) {
      const f = frames.find((x) => x.day === d);
      expect(f).toMatchObject({ hold: true, duration: HOLD_YEARS });
    }
    expect(frames.filter((f) => f.hold).map((f) => f.day)).toEqual([5, 400, 730]);
    // Each frame starts where the previous one ended.
    for (let i = 1; i < frames.length; i++) expect(frames[i].start).toBeCloseTo(frames[i - 1].start + frames[i - 1].duration, 9);
    expect(totalSeconds(frames)).toBeCloseTo(2 + 2 * HOLD_YEARS + END_HOLDS * HOLD_YEARS, 1);
  });

  it('holds on a change on the first day, and ignores changes outside the span', () => {
    const frames = schedule({ start: 100, end: 465, changeDays: [100, 50, 900], pace: DEFAULT_PACE });
    expect(frames[0]).toMatchObject({ day: 100, hold: true, duration: HOLD_YEARS });
    expect(frames.filter((f) => f.hold).map((f) => f.day)).toEqual([100, 465]);
    expect(frames.some((f) => f.day === 50 || f.day === 900)).toBe(false);
  });

  it('makes a change on the last day part of the final hold, not a second frame', () => {
    const frames = schedule({ start: 0, end: 365, changeDays: [365], pace: DEFAULT_PACE });
    expect(frames.filter((f) => f.day === 365)).toHaveLength(1);
    expect(frames[frames.length - 1].duration).toBe(END_HOLDS * HOLD_YEARS);
  });

  it('scales frames and pauses with the pace', () => {
    const changeDays = [200];
    const fast = schedule({ start: 0, end: 3652, changeDays, pace: pace('fast') });
    const slow = schedule({ start: 0, end: 3652, changeDays, pace: pace('slow') });
    expect(fast.filter((f) => !f.hold)).toHaveLength(5 * FPS);
    expect(slow.filter((f) => !f.hold)).toHaveLength(20 * FPS);
    expect(fast.find((f) => f.day === 200)?.duration).toBe(HOLD_YEARS * 0.5);
    expect(slow.find((f) => f.day === 200)?.duration).toBe(HOLD_YEARS * 2);
    expect(totalSeconds(slow)).toBeCloseTo(4 * totalSeconds(fast), 6);
  });

  it('makes a single frame of a span of one day', () => {
    expect(schedule({ start: 7, end: 7, changeDays: [7], pace: DEFAULT_PACE })).toEqual([
      { day: 7, start: 0, duration: END_HOLDS * HOLD_YEARS, hold: true },
    ]);
    expect(totalSeconds([])).toBe(0);
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => schedule({ start: 10, end: 9, changeDays: [], pace: DEFAULT_PACE })).toThrow(
      /ends \(9\) before it starts \(10\)/,
    );
  });
});
