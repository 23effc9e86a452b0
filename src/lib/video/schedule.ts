/**
 * The time-lapse's frame schedule: which day each frame shows and for how long. The date runs
 * at an even pace through the span and stops on each day the map changes, so a viewer sees
 * every change before the date moves on. Frames have their own durations (the containers
 * carry a timestamp per frame), so a pause is one frame, not a run of identical ones.
 */

export interface Pace {
  id: 'fast' | 'normal' | 'slow';
  /** Seconds of video for a year of the span. */
  secondsPerYear: number;
}

/** "About one second per year" is the default; a pause lasts as long as a quarter of a year. */
export const PACES: readonly Pace[] = [
  { id: 'fast', secondsPerYear: 0.5 },
  { id: 'normal', secondsPerYear: 1 },
  { id: 'slow', secondsPerYear: 2 },
];

export const DEFAULT_PACE: Pace = PACES[1];

/**
 * Frames per second while the date runs: at the default pace each frame moves the date about
 * 24 days, smooth enough for a date label and a map that changes only in steps, and few
 * enough frames that an export takes seconds, not minutes.
 */
export const FPS = 15;

/** A pause, in years of pace: at one second per year the map holds 0.75 s on each change. */
export const HOLD_YEARS = 0.75;

/** The last frame holds this many pauses, so the clip ends on the present long enough to read. */
export const END_HOLDS = 3;

export interface Frame {
  day: number;
  /** Seconds from the start of the video. */
  start: number;
  /** Seconds. */
  duration: number;
  /** True on a day the map changes (and on the last day): the frame is a pause. */
  hold: boolean;
}

export interface ScheduleInput {
  /** First and last day of the span (days since the epoch). */
  start: number;
  end: number;
  /** Days on which the map changes, in any order; those outside the span are ignored. */
  changeDays: readonly number[];
  pace: Pace;
}

const DAYS_PER_YEAR = 365.25;

export function schedule(input: ScheduleInput): Frame[] {
  const { start, end, pace } = input;
  if (end < start) throw new Error(`schedule: the span ends (${end}) before it starts (${start}); pass start <= end`);
  const step = DAYS_PER_YEAR / (FPS * pace.secondsPerYear);
  const hold = HOLD_YEARS * pace.secondsPerYear;
  const holds = new Set(input.changeDays.filter((d) => d >= start && d < end));
  // The running date's frames, then the change days that fall between two of them.
  const days = new Set<number>(holds);
  for (let t = start; t < end; t += step) days.add(Math.round(t));
  days.add(end);
  const frames: Frame[] = [];
  let clock = 0;
  for (const day of [...days].sort((a, b) => a - b)) {
    const isHold = holds.has(day);
    const isLast = day === end;
    const duration = isLast ? END_HOLDS * hold : isHold ? hold : 1 / FPS;
    frames.push({ day, start: clock, duration, hold: isHold || isLast });
    clock += duration;
  }
  return frames;
}

/** The video's length in seconds. */
export function totalSeconds(frames: readonly Frame[]): number {
  const last = frames[frames.length - 1];
  return last ? last.start + last.duration : 0;
}
