/**
 * The headless time controller: where a key press, a jump or a tick of play moves the
 * date. It knows days and action days, nothing about the DOM, so it is tested by driving
 * it with plain numbers.
 */
export interface TimelineBounds {
  min: number;
  max: number;
  /** Sorted days on which an action happened. */
  eventDays: readonly number[];
}

export type TimelineKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** Page Up/Down move a month, the arrows a day, as the WAI-ARIA slider pattern suggests. */
const PAGE = 30;

/** Play speed: days advanced per tick, and ticks per second. About 20 s for a decade. */
export const PLAY_DAYS_PER_TICK = 7;
export const PLAY_TICK_MS = 40;
/** With reduced motion, play jumps from action to action at this pace instead. */
export const PLAY_STEP_MS = 1500;

export class TimelineController {
  constructor(private readonly bounds: TimelineBounds) {}

  clamp(day: number): number {
    return Math.min(this.bounds.max, Math.max(this.bounds.min, Math.round(day)));
  }

  key(day: number, key: TimelineKey): number {
    switch (key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        return this.clamp(day - 1);
      case 'ArrowRight':
      case 'ArrowUp':
        return this.clamp(day + 1);
      case 'PageDown':
        return this.clamp(day - PAGE);
      case 'PageUp':
        return this.clamp(day + PAGE);
      case 'Home':
        return this.bounds.min;
      case 'End':
        return this.bounds.max;
    }
  }

  next(day: number): number | null {
    return this.bounds.eventDays.find((d) => d > day && d <= this.bounds.max) ?? null;
  }

  previous(day: number): number | null {
    for (let i = this.bounds.eventDays.length - 1; i >= 0; i--) {
      const d = this.bounds.eventDays[i];
      if (d < day && d >= this.bounds.min) return d;
    }
    return null;
  }

  /** Where play starts: from the beginning when the date is already at the end. */
  playStart(day: number): number {
    return day >= this.bounds.max ? this.bounds.min : day;
  }

  /** The next day of play, or null when play has reached the end and should stop. */
  tick(day: number, reducedMotion: boolean): number | null {
    if (day >= this.bounds.max) return null;
    if (reducedMotion) return this.next(day) ?? this.bounds.max;
    return this.clamp(day + PLAY_DAYS_PER_TICK);
  }
}
