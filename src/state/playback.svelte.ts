/** Play and pause: steps the date forward, or from action to action under reduced motion. */
import { PLAY_STEP_MS, PLAY_TICK_MS, type TimelineController } from '../lib/timeline/controller.ts';

export class Playback {
  #playing = $state(false);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly timeline: () => TimelineController,
    private readonly day: () => number,
    private readonly setDay: (day: number) => void,
    private readonly reducedMotion: () => boolean,
  ) {}

  get playing(): boolean {
    return this.#playing;
  }

  play(): void {
    if (this.#playing) return;
    this.#playing = true;
    this.setDay(this.timeline().playStart(this.day()));
    const reduced = this.reducedMotion();
    const wait = reduced ? PLAY_STEP_MS : PLAY_TICK_MS;
    const step = (): void => {
      const next = this.timeline().tick(this.day(), reduced);
      if (next === null || !this.#playing) return this.pause();
      this.setDay(next);
      this.timer = setTimeout(step, wait);
    };
    this.timer = setTimeout(step, wait);
  }

  pause(): void {
    this.#playing = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }
}
