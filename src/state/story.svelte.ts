/**
 * Story mode: the atlas's steps and the one shown. Opening a step moves the date (animated over
 * STORY_MS, or at once under reduced motion), the region, the highlighted country and the
 * overlays through the app's own methods, so leaving the story keeps that view as it is.
 */
import type { StoryStep } from '../lib/data/types.ts';

export const STORY_MS = 600;
/** Frames of the date's move: enough to read as motion, few enough to stay cheap. */
const FRAMES = 12;

/** What a step drives: AppState passes its methods, tests a recorder. */
export interface StoryHost {
  day(): number;
  /** Moves the date without announcing its changes: the caption says what matters. */
  setDay(day: number): void;
  select(country: string | null): void;
  setOverlays(ids: readonly string[]): void;
  /** Absent: the atlas's own region. */
  setRegion(region: string | undefined): void;
  reducedMotion(): boolean;
}

export class Story {
  #index = $state(-1);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly steps: readonly StoryStep[],
    private readonly host: StoryHost,
    /** The day of a step's date; injected, so the state needs no date parser of its own. */
    private readonly dayOf: (iso: string) => number,
  ) {}

  /** 0-based; -1 before the first step is shown. */
  get index(): number {
    return this.#index;
  }
  get step(): StoryStep | null {
    return this.steps[this.#index] ?? null;
  }
  get count(): number {
    return this.steps.length;
  }
  get isFirst(): boolean {
    return this.#index <= 0;
  }
  get isLast(): boolean {
    return this.#index >= this.steps.length - 1;
  }

  /** Shows step `index` (0-based, clamped). */
  go(index: number): void {
    const i = Math.min(Math.max(index, 0), this.steps.length - 1);
    if (i === this.#index) return;
    this.#index = i;
    const step = this.steps[i];
    this.host.select(step.country);
    this.host.setOverlays(step.overlays);
    this.host.setRegion(step.region);
    this.moveDate(this.dayOf(step.date));
  }

  next(): void {
    this.go(this.#index + 1);
  }

  previous(): void {
    this.go(this.#index - 1);
  }

  /** Stops a date still moving, landing on the step's own date. */
  stop(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    const step = this.step;
    if (step) this.host.setDay(this.dayOf(step.date));
  }

  private moveDate(target: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const from = this.host.day();
    if (this.host.reducedMotion() || from === target) return this.host.setDay(target);
    let frame = 0;
    const tick = (): void => {
      frame += 1;
      // Ease out: most of the way at once, settling on the step's date.
      const t = 1 - (1 - frame / FRAMES) ** 2;
      this.host.setDay(frame >= FRAMES ? target : Math.round(from + (target - from) * t));
      this.timer = frame >= FRAMES ? null : setTimeout(tick, STORY_MS / FRAMES);
    };
    tick();
  }
}
