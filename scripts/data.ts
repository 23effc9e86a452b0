/**
 * `npm run data:check` validates; `npm run data:build` validates and writes the compiled
 * atlas into public/data/. Either reports every problem as file:line:column and exits 1,
 * writing nothing, when the data has any.
 *
 * Options: --check (validate only), --data DIR (default data/), --atlases DIR
 * (default DIR/atlases), --today YYYY-MM-DD (for fixtures), --out DIR (default public/data).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, loadAll } from './read-data';
import { formatProblem } from '../src/lib/data/validate';
import { parseDay } from '../src/lib/data/dates';
import { atlasToCsv } from '../src/lib/data/export';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    data: { type: 'string', default: join(ROOT, 'data') },
    atlases: { type: 'string' },
    today: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'public/data') },
  },
});

const today = values.today ? parseDay(values.today) : undefined;
if (values.today && today === null) {
  console.error(`--today ${values.today}: write the date as YYYY-MM-DD`);
  process.exit(2);
}
const loaded = loadAll(values.data, values.atlases, today ?? undefined);
if (loaded.problems.length) {
  for (const p of loaded.problems) console.error(formatProblem(p));
  console.error(`\n${loaded.problems.length} problem(s) in the data; nothing was written.`);
  process.exit(1);
}
const summary = loaded.atlases.map((a) => `${a.atlas.id}: ${a.actions.length} actions`).join(', ');
if (values.check) {
  console.log(`data ok (${summary})`);
  process.exit(0);
}
for (const atlas of loaded.atlases) {
  const dir = join(values.out, atlas.atlas.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'events.json'), JSON.stringify(atlas));
  writeFileSync(join(dir, 'events.csv'), atlasToCsv(atlas));
}
writeFileSync(join(values.out, 'alliances.json'), JSON.stringify(loaded.alliances) + '\n');
console.log(`data written to ${values.out} (${summary})`);
