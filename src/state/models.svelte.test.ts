/** The region models: fetched once, the previous map kept until the next is here, the last request winning. */
import { describe, expect, it, vi } from 'vitest';
import { MapModels } from './models.svelte.ts';
import type { MapModel } from '../lib/geo/model.ts';
import type { Region } from '../lib/geo/regions.ts';

const model = (region: Region): MapModel => ({
  region,
  width: 10,
  height: 10,
  sphere: '',
  graticule: '',
  other: '',
  countries: [],
});

/** A fetch whose answers the test releases by hand. */
function deferred() {
  const waiting = new Map<Region, { resolve: (m: MapModel) => void; reject: (e: Error) => void }>();
  const fetchModel = vi.fn(
    (region: Region) => new Promise<MapModel>((resolve, reject) => waiting.set(region, { resolve, reject })),
  );
  return { fetchModel, waiting };
}

describe('MapModels', () => {
  it('keeps the current map while the next one loads, then shows it; a second visit needs no fetch', async () => {
    const { fetchModel, waiting } = deferred();
    const models = new MapModels(model('world'), fetchModel);
    const shown = models.show('europe');
    expect(models.region).toBe('world');
    waiting.get('europe')?.resolve(model('europe'));
    await shown;
    expect(models.region).toBe('europe');
    await models.show('world');
    await models.show('europe');
    expect(fetchModel).toHaveBeenCalledTimes(1);
    expect(models.region).toBe('europe');
  });

  it('asks once for a region requested twice while on its way', async () => {
    const { fetchModel, waiting } = deferred();
    const models = new MapModels(model('world'), fetchModel);
    const both = Promise.all([models.show('europe'), models.show('europe')]);
    waiting.get('europe')?.resolve(model('europe'));
    await both;
    expect(fetchModel).toHaveBeenCalledTimes(1);
  });

  it('lets the last request win when an earlier one answers later', async () => {
    const { fetchModel, waiting } = deferred();
    const models = new MapModels(model('world'), fetchModel);
    const first = models.show('europe');
    const second = models.show('oceania');
    waiting.get('oceania')?.resolve(model('oceania'));
    await second;
    waiting.get('europe')?.resolve(model('europe'));
    await first;
    expect(models.region).toBe('oceania');
  });

  it('says which region failed, keeps the map it had, and tries again when asked', async () => {
    const { fetchModel, waiting } = deferred();
    const models = new MapModels(model('world'), fetchModel);
    const failing = models.show('europe');
    waiting.get('europe')?.reject(new Error('offline'));
    await failing;
    expect(models.failed).toBe('europe');
    expect(models.region).toBe('world');
    const retry = models.show('europe');
    expect(models.failed).toBe(null);
    waiting.get('europe')?.resolve(model('europe'));
    await retry;
    expect(models.region).toBe('europe');
  });
});
