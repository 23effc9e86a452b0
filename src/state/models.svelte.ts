/**
 * The projected maps: the one in the page (prerendered) and each region's, fetched the first
 * time the reader picks that region and kept. The map shows the region asked for once its
 * model is here, and the previous one until then, so a switch never blanks the map.
 */
import type { MapModel } from '../lib/geo/model.ts';
import { DEFAULT_REGION, type Region } from '../lib/geo/regions.ts';

export class MapModels {
  // Raw: a model is replaced whole, never edited, and deep proxies would cost on every path.
  #shown = $state.raw<MapModel>() as MapModel;
  #failed = $state<Region | null>(null);
  private readonly cache = new Map<Region, MapModel>();
  private readonly requests = new Map<Region, Promise<MapModel>>();
  private wanted: Region;

  constructor(
    initial: MapModel,
    private readonly fetchModel: (region: Region) => Promise<MapModel>,
  ) {
    this.#shown = initial;
    this.wanted = initial.region ?? DEFAULT_REGION;
    this.cache.set(this.wanted, initial);
  }

  /** What the map draws. */
  get model(): MapModel {
    return this.#shown;
  }

  get region(): Region {
    return this.#shown.region ?? DEFAULT_REGION;
  }

  /** The region whose model could not be fetched, if the last request failed. */
  get failed(): Region | null {
    return this.#failed;
  }

  /** Shows `region`, fetching its model first if need be; a later request wins over an earlier one. */
  async show(region: Region): Promise<void> {
    this.wanted = region;
    this.#failed = null;
    let model = this.cache.get(region);
    if (!model) {
      // One request per region, however often it is asked for while on its way.
      let request = this.requests.get(region);
      if (!request) {
        request = this.fetchModel(region);
        this.requests.set(region, request);
      }
      try {
        model = await request;
      } catch {
        if (this.wanted === region) this.#failed = region;
        return;
      } finally {
        this.requests.delete(region);
      }
      this.cache.set(region, model);
    }
    if (this.wanted === region && this.#shown !== model) this.#shown = model;
  }
}
