/** Reads the data folders and the map's jurisdictions; shared by data:check and the build. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Topology } from 'topojson-specification';
import { assignJurisdictions } from '../src/lib/geo/prep.ts';
import { parseCsv } from '../src/lib/data/csv.ts';
import {
  readShared,
  validateAlliances,
  validateAtlas,
  type Problem,
  type Reference,
  type TextFile,
} from '../src/lib/data/validate.ts';
import { todayDay } from '../src/lib/data/dates.ts';
import type { CompiledAlliances, CompiledAtlas } from '../src/lib/data/types.ts';

export const ROOT = join(import.meta.dirname, '..');

function file(path: string): TextFile {
  const name = relative(process.cwd(), path) || path;
  return { name, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

export function loadWorld(): Topology {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

export function readCountries(dataDir: string): { numericToIso: Map<string, string>; names: Map<string, string> } {
  const table = parseCsv(readFileSync(join(dataDir, 'shared/countries.csv'), 'utf8'));
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
  alliances: CompiledAlliances | null;
  problems: Problem[];
}

/** The shared tables (ISO list, bodies, scale) and the map's jurisdictions. */
export function loadReference(dataDir: string, today = todayDay()): { ref: Reference | null; problems: Problem[] } {
  const { numericToIso, names } = readCountries(dataDir);
  const mapIds = new Set(assignJurisdictions(loadWorld(), numericToIso, names).ids.keys());
  const shared = readShared(
    {
      countries: file(join(dataDir, 'shared/countries.csv')),
      bodies: file(join(dataDir, 'shared/bodies.csv')),
      scale: file(join(dataDir, 'shared/scale.csv')),
    },
    mapIds,
    today,
  );
  return { ref: shared.value, problems: shared.problems };
}

/** Validates one atlas folder. */
export function loadAtlas(dir: string, folder: string, ref: Reference) {
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

/**
 * Validates every atlas folder under `atlasesDir` against the shared tables in `dataDir`.
 * `today` is injectable so fixtures can test the future-date rule.
 */
export function loadAll(dataDir: string, atlasesDir = join(dataDir, 'atlases'), today = todayDay()): Loaded {
  const { ref, problems: sharedProblems } = loadReference(dataDir, today);
  if (!ref) return { atlases: [], alliances: null, problems: sharedProblems };
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
  for (const d of folders) {
    const result = loadAtlas(join(atlasesDir, d.name), d.name, ref);
    problems.push(...result.problems);
    if (result.value) atlases.push(result.value);
  }
  const alliances = validateAlliances(
    { alliances: file(join(dataDir, 'alliances/alliances.csv')), memberships: file(join(dataDir, 'alliances/memberships.csv')) },
    ref,
  );
  problems.push(...alliances.problems);
  return { atlases, alliances: alliances.value, problems };
}
