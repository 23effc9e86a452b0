/** Compiles the real data once for the data tests, exactly as the build does. */
import { join } from 'node:path';
import { ROOT, loadAll } from '../../scripts/read-data.ts';

export const loaded = loadAll(join(ROOT, 'data'));
export function realAtlas(id = 'kaspersky') {
  const atlas = loaded.atlases.find((a) => a.atlas.id === id);
  if (!atlas) throw new Error(`atlas ${id} did not compile: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return atlas;
}
