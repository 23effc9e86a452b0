/** Compiles the real data once for the data tests, exactly as the build does. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { MapModel } from '../../src/lib/geo/model.ts';
import { ROOT, loadAll } from '../../scripts/read-data.ts';

export const loaded = loadAll(join(ROOT, 'data'));

/** The projected map written by `npm run data` (the unit tier runs after it). */
export function realModel(): MapModel {
  return JSON.parse(readFileSync(join(ROOT, 'public/data/map-model.json'), 'utf8')) as MapModel;
}
export function realAtlas(id = 'kaspersky') {
  const atlas = loaded.atlases.find((a) => a.atlas.id === id);
  if (!atlas) throw new Error(`atlas ${id} did not compile: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return atlas;
}
