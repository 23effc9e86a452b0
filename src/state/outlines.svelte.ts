/**
 * Alliance outlines, in the projection of the map on screen: each region's file is fetched
 * when an overlay is first on in that view (or the shown one is prefetched while idle, so the
 * atlas keeps working offline after the first load), and kept.
 */
import type { Outlines } from '../lib/geo/outlines.ts';
import type { Region } from '../lib/geo/regions.ts';

export class OutlineLoader {
  // Replaced whole on each arrival: a region's outlines are never edited.
  #loaded = $state.raw<Partial<Record<Region, Outlines>>>({});
  #failed = $state<Region | null>(null);
  private readonly requests = new Map<Region, Promise<void>>();

  constructor(
    private readonly fetchOutlines: (region: Region) => Promise<Outlines>,
    /** The region of the map on screen: outlines in any other projection would be misplaced. */
    private readonly shown: () => Region,
  ) {}

  /** The shown region's outlines, once loaded. */
  get outlines(): Outlines | null {
    return this.#loaded[this.shown()] ?? null;
  }

  /** Whether the shown region's outlines failed to load the last time they were asked for. */
  get failed(): boolean {
    return this.#failed === this.shown();
  }

  /** Loads the shown region's outlines; one request per region while it is on its way. */
  load(): Promise<void> {
    const region = this.shown();
    if (this.#loaded[region]) return Promise.resolve();
    let request = this.requests.get(region);
    if (!request) {
      request = this.fetchOutlines(region)
        .then((o) => {
          this.#loaded = { ...this.#loaded, [region]: o };
          if (this.#failed === region) this.#failed = null;
        })
        .catch(() => {
          // A later call tries again (the reader may be back online).
          this.#failed = region;
        })
        .finally(() => this.requests.delete(region));
      this.requests.set(region, request);
    }
    return request;
  }
}
