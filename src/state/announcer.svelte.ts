/**
 * The polite live region's text: the net change since the last announcement, at most once per
 * ANNOUNCE_MS, so screen readers keep up while the date plays or an arrow key is held.
 */
import type { Change } from '../lib/status/engine.ts';
import type { Level } from '../lib/data/types.ts';

export const ANNOUNCE_MS = 1200;

export class Announcer {
  #text = $state('');
  /** Jurisdictions changed since the last announcement, with their level before. */
  private readonly pending = new Map<string, Level>();
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly statusOf: (id: string) => Level,
    private readonly describe: (changes: { jurisdiction: string; to: Level }[]) => string,
  ) {}

  get text(): string {
    return this.#text;
  }

  /** Call before the levels move: records what each changing jurisdiction is now, in either direction. */
  before(changes: readonly Change[]): void {
    for (const c of changes)
      if (!this.pending.has(c.jurisdiction)) this.pending.set(c.jurisdiction, this.statusOf(c.jurisdiction));
  }

  /** Call after the levels moved. */
  queue(): void {
    if (!this.pending.size) return;
    const wait = this.last + ANNOUNCE_MS - Date.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Says something now, outside the date's changes (a story step's caption). */
  say(text: string): void {
    this.#text = text;
  }

  private flush(): void {
    this.timer = null;
    // Net effect only: a jurisdiction that changed and changed back is not announced.
    const changes = [...this.pending]
      .filter(([id, before]) => this.statusOf(id) !== before)
      .map(([id]) => ({ jurisdiction: id, to: this.statusOf(id) }));
    this.pending.clear();
    if (!changes.length) return;
    this.last = Date.now();
    this.#text = this.describe(changes);
  }
}
