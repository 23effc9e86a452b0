/**
 * `npm run data:check` validates; `npm run data` validates and writes everything the site
 * loads into public/data/: each atlas's events.json, events.csv and actions.atom, alliances.json, the
 * world topology and the alliance outlines, and beside them each language's translations
 * (i18n/<locale>.json, <atlas>/i18n/<locale>.json). Problems are reported as file:line:column,
 * all at once, and then it exits 1 having written nothing.
 *
 * Options: --check (validate only), --data DIR (default data/), --atlases DIR
 * (default DIR/atlases), --today YYYY-MM-DD (for fixtures), --out DIR (default public/data).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT, loadAll } from './read-data.ts';
import { buildWorld } from './topology.ts';
import { formatProblem } from '../src/lib/data/validate.ts';
import { parseDay } from '../src/lib/data/dates.ts';
import { atlasToCsv } from '../src/lib/data/export.ts';
import { atlasToAtom } from '../src/lib/data/atom.ts';
import { SITE_URL } from './site-url.ts';
import { buildOutlines } from '../src/lib/geo/outlines.ts';
import { buildMapModel, buildRegionModel } from '../src/lib/geo/model.ts';
import { REGIONS, outlinesPath } from '../src/lib/geo/regions.ts';

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
if (loaded.problems.length || !loaded.alliances) {
  for (const p of loaded.problems) console.error(formatProblem(p));
  console.error(`\n${loaded.problems.length} problem(s) in the data; nothing was written.`);
  process.exit(1);
}
const summary = loaded.atlases.map((a) => `${a.atlas.id}: ${a.actions.length} actions`).join(', ');
if (values.check) {
  console.log(`data ok (${summary})`);
  process.exit(0);
}

const kb = (s: string): string => `${(gzipSync(s, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
const write = (path: string, text: string): string => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return text;
};
for (const atlas of loaded.atlases) {
  const json = write(join(values.out, atlas.atlas.id, 'events.json'), JSON.stringify(atlas));
  write(join(values.out, atlas.atlas.id, 'events.csv'), atlasToCsv(atlas));
  write(join(values.out, atlas.atlas.id, 'actions.atom'), atlasToAtom(atlas, SITE_URL));
  console.log(`${atlas.atlas.id}/events.json: ${atlas.actions.length} actions, ${kb(json)}`);
  const story = loaded.stories.get(atlas.atlas.id);
  // Apart from events.json: fetched only when a reader opens the story.
  if (story)
    console.log(
      `${atlas.atlas.id}/story.json: ${story.steps.length} steps, ${kb(write(join(values.out, atlas.atlas.id, 'story.json'), JSON.stringify(story)))}`,
    );
  // Each language's titles and translated actions, fetched only by a reader in that language.
  for (const text of loaded.text.atlases[atlas.atlas.id]) {
    write(join(values.out, atlas.atlas.id, 'i18n', `${text.locale}.json`), JSON.stringify(text));
  }
}
write(join(values.out, 'atlases.json'), JSON.stringify(loaded.atlases.map((a) => a.atlas.id)));
write(join(values.out, 'alliances.json'), JSON.stringify(loaded.alliances));
// Country names, the scale and the alliances in each language the site speaks but English.
const shared = loaded.text.shared.map((text) => write(join(values.out, 'i18n', `${text.locale}.json`), JSON.stringify(text)));
const largest = shared.reduce((a, b) => (a.length >= b.length ? a : b), '');
console.log(`i18n/<locale>.json: ${shared.length} languages, the largest ${kb(largest)}`);
const world = buildWorld();
console.log(`world.json: ${kb(write(join(values.out, 'world.json'), JSON.stringify(world)))}`);
// The projected map: prerendered into the pages, and fetched only where a page has none.
console.log(`map-model.json: ${kb(write(join(values.out, 'map-model.json'), JSON.stringify(buildMapModel(world))))}`);
// Each region's own projection, with only the countries in its frame: fetched when a reader
// picks the region, so the pages carry the world alone.
for (const region of REGIONS.filter((r) => r !== 'world')) {
  const json = write(join(values.out, 'regions', `${region}.json`), JSON.stringify(buildRegionModel(world, region)));
  console.log(`regions/${region}.json: ${kb(json)}`);
}
const since = Math.min(...loaded.atlases.map((a) => parseDay(a.atlas.start) ?? 0));
// The outlines in each region's projection, beside its model: fetched with an overlay on there.
for (const region of REGIONS) {
  const file = outlinesPath(region);
  const outlines = buildOutlines(world, loaded.alliances.alliances, since, 1200, region);
  console.log(
    `${file.replace('data/', '')}: ${kb(write(join(values.out, file.replace('data/', '')), JSON.stringify(outlines)))}`,
  );
}
