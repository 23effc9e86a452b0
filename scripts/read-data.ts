/** Reads the data folders and the map's jurisdictions; shared by data:check and the build. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { assignJurisdictions } from '../src/lib/geo/prep.ts';
import { parseCsv } from '../src/lib/data/csv.ts';
import {
  TRANSLATED_LOCALES,
  readShared,
  validateAlliances,
  validateAtlas,
  type Problem,
  type Reference,
  type TextFile,
} from '../src/lib/data/validate.ts';
import { validateStory } from '../src/lib/data/story.ts';
import { todayDay } from '../src/lib/data/dates.ts';
import { sharedText } from '../src/lib/data/translations.ts';
import type { AtlasText, CompiledAlliances, CompiledAtlas, CompiledStory, SharedText } from '../src/lib/data/types.ts';

export const ROOT = join(import.meta.dirname, '..');

function file(path: string): TextFile {
  const name = relative(process.cwd(), path) || path;
  return { name, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

export function loadWorld(): Topology {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

/** The shared and alliance tables, as laid out under a data folder. */
const TABLES = {
  countries: 'shared/countries.csv',
  bodies: 'shared/bodies.csv',
  scale: 'shared/scale.csv',
  alliances: 'alliances/alliances.csv',
  memberships: 'alliances/memberships.csv',
} as const;

/**
 * Where a table is read from: `dataDir`, unless `override` (a test fixture folder) holds its
 * own copy under the same file name, so that a fixture can break one table and borrow the rest.
 */
function tablePath(dataDir: string, table: keyof typeof TABLES, override?: string): string {
  const own = override ? join(override, basename(TABLES[table])) : null;
  return own && existsSync(own) ? own : join(dataDir, TABLES[table]);
}

export function readCountries(
  dataDir: string,
  override?: string,
): { numericToIso: Map<string, string>; names: Map<string, string> } {
  const table = parseCsv(readFileSync(tablePath(dataDir, 'countries', override), 'utf8'));
  const numericToIso = new Map<string, string>();
  const names = new Map<string, string>();
  for (const r of table.rows) {
    const [iso, numeric, name] = r.fields.map((f) => f.value.trim());
    if (numeric) numericToIso.set(numeric, iso);
    names.set(iso, name);
  }
  return { numericToIso, names };
}

export interface Loaded {
  atlases: CompiledAtlas[];
  /** Each atlas's story, by atlas id, for the atlases that have one. */
  stories: Map<string, CompiledStory>;
  alliances: CompiledAlliances | null;
  /** The translations, one file per locale, kept apart so that the English files do not grow. */
  text: { shared: SharedText[]; atlases: Record<string, AtlasText[]> };
  problems: Problem[];
}

/** The shared tables (ISO list, bodies, scale) and the map's jurisdictions; `override` as for tablePath. */
export function loadReference(
  dataDir: string,
  today = todayDay(),
  override?: string,
): { ref: Reference | null; problems: Problem[] } {
  const { numericToIso, names } = readCountries(dataDir, override);
  const mapIds = new Set(assignJurisdictions(loadWorld(), numericToIso, names).ids.keys());
  const shared = readShared(
    {
      countries: file(tablePath(dataDir, 'countries', override)),
      bodies: file(tablePath(dataDir, 'bodies', override)),
      scale: file(tablePath(dataDir, 'scale', override)),
    },
    mapIds,
    today,
  );
  return { ref: shared.value, problems: shared.problems };
}

/** The alliance ids in alliances.csv, in its order: what a story's overlays may name. */
export function allianceIds(dataDir: string, override?: string): string[] {
  const table = parseCsv(readFileSync(tablePath(dataDir, 'alliances', override), 'utf8'));
  return table.rows.map((r) => r.fields[0].value.trim());
}

/**
 * Validates one atlas folder, and its story.csv once the rest is valid (a story is checked
 * against the compiled actions). A broken story withholds the whole atlas, as any problem does.
 */
export function loadAtlas(
  dir: string,
  folder: string,
  ref: Reference,
  alliances: readonly string[] = allianceIds(join(ROOT, 'data')),
): ReturnType<typeof readAtlas> & { story: CompiledStory | null } {
  const atlas = readAtlas(dir, folder, ref);
  const path = join(dir, 'story.csv');
  if (!atlas.value || !existsSync(path)) return { ...atlas, story: null };
  const story = validateStory(file(path), { ref, atlas: atlas.value, alliances });
  if (!story.value) return { ...atlas, value: null, problems: story.problems, story: null };
  atlas.value.atlas.story = story.value.steps.length;
  return { ...atlas, story: story.value };
}

function readAtlas(dir: string, folder: string, ref: Reference) {
  return validateAtlas(
    {
      folder,
      atlas: file(join(dir, 'atlas.csv')),
      actions: file(join(dir, 'actions.csv')),
      sources: file(join(dir, 'sources.csv')),
      // Optional: an atlas without it has every jurisdiction "not yet researched".
      coverage: existsSync(join(dir, 'coverage.csv')) ? file(join(dir, 'coverage.csv')) : undefined,
    },
    ref,
  );
}

/** Validates the alliance tables; `override` as for tablePath. */
export function loadAlliances(dataDir: string, ref: Reference, override?: string) {
  return validateAlliances(
    {
      alliances: file(tablePath(dataDir, 'alliances', override)),
      memberships: file(tablePath(dataDir, 'memberships', override)),
    },
    ref,
  );
}

/**
 * Validates every atlas folder under `atlasesDir` against the shared tables in `dataDir`.
 * `today` is injectable so fixtures can test the future-date rule.
 */
export function loadAll(dataDir: string, atlasesDir = join(dataDir, 'atlases'), today = todayDay()): Loaded {
  const { ref, problems: sharedProblems } = loadReference(dataDir, today);
  const text: Loaded['text'] = { shared: [], atlases: {} };
  if (!ref) return { atlases: [], stories: new Map(), alliances: null, text, problems: sharedProblems };
  const problems: Problem[] = [];
  const atlases: CompiledAtlas[] = [];
  const folders = readdirSync(atlasesDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  if (folders.length === 0) {
    problems.push({
      file: relative(process.cwd(), atlasesDir),
      line: 1,
      column: 1,
      message: 'no atlas folder found; add one such as data/atlases/kaspersky/',
    });
  }
  const stories = new Map<string, CompiledStory>();
  const ids = allianceIds(dataDir);
  for (const d of folders) {
    const result = loadAtlas(join(atlasesDir, d.name), d.name, ref, ids);
    problems.push(...result.problems);
    if (result.value) atlases.push(result.value);
    if (result.story) stories.set(d.name, result.story);
    if (result.text) text.atlases[d.name] = Object.values(result.text);
  }
  const alliances = loadAlliances(dataDir, ref);
  problems.push(...alliances.problems);
  const allianceText = alliances.text;
  if (allianceText) text.shared = TRANSLATED_LOCALES.map((l) => sharedText(l, ref, allianceText[l]));
  return { atlases, stories, alliances: alliances.value, text, problems };
}
