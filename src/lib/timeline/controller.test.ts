import { describe, expect, it } from 'vitest';
import { TimelineController, PLAY_DAYS_PER_TICK, type TimelineKey } from './controller.ts';

const c = new TimelineController({ min: 100, max: 200, eventDays: [90, 120, 150, 150, 180, 210] });

describe('TimelineController', () => {
  it.each<[number, TimelineKey, number]>([
    [150, 'ArrowRight', 151],
    [150, 'ArrowUp', 151],
    [150, 'ArrowLeft', 149],
    [150, 'ArrowDown', 149],
    [150, 'PageUp', 180],
    [150, 'PageDown', 120],
    [190, 'PageUp', 200],
    [110, 'PageDown', 100],
    [150, 'Home', 100],
    [150, 'End', 200],
    [200, 'ArrowRight', 200],
    [100, 'ArrowLeft', 100],
  ])('from %i, %s goes to %i', (day, key, expected) => {
    expect(c.key(day, key)).toBe(expected);
  });

  it.each<[number, number | null, number | null]>([
    [100, 120, null],
    [120, 150, null],
    [150, 180, 120],
    [160, 180, 150],
    [180, null, 150],
    [200, null, 180],
  ])('from %i, next is %s and previous is %s', (day, next, previous) => {
    expect(c.next(day)).toBe(next);
    expect(c.previous(day)).toBe(previous);
  });

  it('ignores action days outside the span', () => {
    expect(c.previous(120)).toBeNull();
    expect(c.next(180)).toBeNull();
  });

  it('reaches action days on the first and last day of the span', () => {
    const edges = new TimelineController({ min: 100, max: 200, eventDays: [100, 150, 200] });
    expect(edges.next(150)).toBe(200);
    expect(edges.previous(150)).toBe(100);
    expect(edges.previous(100)).toBeNull();
  });

  it('plays forward by a fixed step and stops at the end', () => {
    expect(c.tick(100, false)).toBe(100 + PLAY_DAYS_PER_TICK);
    expect(c.tick(198, false)).toBe(200);
    expect(c.tick(200, false)).toBeNull();
  });

  it('with reduced motion, plays from action to action', () => {
    expect(c.tick(100, true)).toBe(120);
    expect(c.tick(180, true)).toBe(200);
  });

  it('restarts play from the beginning when at the end', () => {
    expect(c.playStart(200)).toBe(100);
    expect(c.playStart(150)).toBe(150);
  });
});
