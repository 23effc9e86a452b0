/**
 * Alliance outlines, fetched when first needed (or prefetched while idle, so the atlas keeps
 * working offline after the first load).
 */
import type { Outlines } from '../lib/geo/outlines.ts';

export class OutlineLoader {
  #outlines = $state<Outlines | null>(null);
  #failed = $state(false);
  private request: Promise<void> | null = null;

  constructor(private readonly fetchOutlines: () => Promise<Outlines>) {}

  get outlines(): Outlines | null {
    return this.#outlines;
  }

  get failed(): boolean {
    return this.#failed;
  }

  load(): Promise<void> {
    this.request ??= this.fetchOutlines()
      .then((o) => {
        this.#outlines = o;
        this.#failed = false;
      })
      .catch(() => {
        // Allow a later try (the reader may be back online).
        this.request = null;
        this.#failed = true;
      });
    return this.request;
  }
}
