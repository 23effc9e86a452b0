/**
 * Turns the hand-edited CSV of one atlas (plus the shared tables) into a CompiledAtlas,
 * or into a list of problems, each naming file, line, column and the fix. Every problem
 * is collected; nothing is compiled while any remains.
 */
import { parseCsv, type CsvField } from './csv.ts';
import { DEFAULT_REGION, isRegion, REGIONS } from '../geo/regions.ts';
import { lastDayOf, parsePartialDate, type PartialDate } from './dates.ts';
import {
  ACTION_LEVELS,
  CATEGORIES,
  CONFIDENCES,
  COVERAGE_RESULTS,
  LEVELS,
  type Action,
  type ActionLevel,
  type Alliance,
  type AtlasMeta,
  type Category,
  type CompiledAlliances,
  type CompiledAtlas,
  type Confidence,
  type Coverage,
  type CoverageResult,
  type DateRef,
  type Deadline,
  type Jurisdiction,
  type Level,
  type ScaleEntry,
  type Source,
} from './types.ts';

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

export interface TextFile {
  /** Path as it should appear in messages, e.g. data/atlases/kaspersky/actions.csv */
  name: string;
  text: string;
}

type Row = Record<string, CsvField> & { __line: CsvField };

interface TableSpec {
  /** Columns in their documented order; all must be present. */
  columns: readonly string[];
  /** Columns whose value may be empty. */
  optional?: readonly string[];
}

class Collector {
  problems: Problem[] = [];
  add(file: string, at: { line: number; column: number }, message: string): void {
    this.problems.push({ file, line: at.line, column: at.column, message });
  }
}

interface Table {
  /** Rows with every required value present. */
  rows: Row[];
  /** False when the header is wrong: then no row was read. */
  headerOk: boolean;
  /** The first value of every row, complete or not, so one broken row does not cascade. */
  keys: Set<string>;
  /** Header right and the CSV well-formed: only then does a missing key mean a missing row. */
  intact: boolean;
}

function readTable(file: TextFile, spec: TableSpec, out: Collector): Table {
  const table = parseCsv(file.text);
  for (const p of table.problems) out.add(file.name, p, p.message);
  const names = table.header.map((h) => h.value.trim());
  if (table.header.length === 0) {
    out.add(file.name, { line: 1, column: 1 }, `the file is empty; add the header row: ${spec.columns.join(',')}`);
    return { rows: [], headerOk: false, keys: new Set(), intact: false };
  }
  let headerOk = true;
  for (const col of spec.columns) {
    if (!names.includes(col)) {
      out.add(file.name, { line: 1, column: 1 }, `missing column "${col}"; the header must be: ${spec.columns.join(',')}`);
      headerOk = false;
    }
  }
  table.header.forEach((h, i) => {
    if (!spec.columns.includes(names[i])) {
      out.add(file.name, h, `unknown column "${names[i]}"; the columns are: ${spec.columns.join(',')}`);
      headerOk = false;
    }
  });
  if (!headerOk) return { rows: [], headerOk, keys: new Set(), intact: false };
  const rows: Row[] = [];
  const keys = new Set(table.rows.map((r) => r.fields[0].value.trim()));
  for (const r of table.rows) {
    if (r.fields.length !== names.length) {
      const last = r.fields[r.fields.length - 1];
      out.add(
        file.name,
        r.fields.length > names.length ? r.fields[names.length] : { line: last.line, column: last.column },
        `this row has ${r.fields.length} fields but the header has ${names.length}; quote any value that contains a comma ("like, this")`,
      );
      continue;
    }
    const row = { __line: { value: '', line: r.line, column: 1 } } as Row;
    names.forEach((n, i) => {
      // Spreadsheets leave stray spaces around values; they carry no meaning.
      row[n] = { ...r.fields[i], value: r.fields[i].value.trim() };
    });
    let complete = true;
    for (const col of spec.columns) {
      if (!(spec.optional ?? []).includes(col) && row[col].value === '') {
        out.add(file.name, row[col], `"${col}" is empty; fill it in`);
        complete = false;
      }
    }
    if (complete) rows.push(row);
  }
  return { rows, headerOk, keys, intact: table.problems.length === 0 };
}

function dateRef(d: PartialDate): DateRef {
  return { iso: d.iso, precision: d.precision };
}

interface DateRules {
  today: number;
  /** Only YYYY-MM-DD is allowed (URL dates, last-reviewed). */
  dayOnly?: boolean;
  /** Deadlines and effective dates may lie ahead. */
  futureAllowed?: boolean;
  /** The fix for a date in the future, when it is not "wait until the action has happened". */
  futureFix?: string;
}

function readDate(file: string, f: CsvField, col: string, rules: DateRules, out: Collector): PartialDate | null {
  const d = parsePartialDate(f.value);
  if (!d || (rules.dayOnly && d.precision !== 'day')) {
    const shape = rules.dayOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known';
    out.add(file, f, `"${col}" is "${f.value}", which is not a real date; write it as ${shape}`);
    return null;
  }
  if (!rules.futureAllowed && d.day > rules.today) {
    out.add(file, f, `"${col}" is ${f.value}, which is in the future; ${rules.futureFix ?? 'record an action only once it has happened'}`);
    return null;
  }
  return d;
}

function readEnum<T extends string>(file: string, f: CsvField, col: string, allowed: readonly T[], out: Collector): T | null {
  if ((allowed as readonly string[]).includes(f.value)) return f.value as T;
  out.add(file, f, `"${col}" is "${f.value}"; use one of: ${allowed.join(', ')}`);
  return null;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function byDate(a: Action, b: Action): number {
  return a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : a.id < b.id ? -1 : 1;
}

export interface Reference {
  /** ISO 3166-1 alpha-3 code to English short name. */
  countries: Map<string, string>;
  /** Codes drawn on the map. */
  mapIds: Set<string>;
  bodies: Map<string, string>;
  scale: ScaleEntry[];
  today: number;
}

export interface SharedFiles {
  countries: TextFile;
  bodies: TextFile;
  scale: TextFile;
}

export interface Result<T> {
  value: T | null;
  problems: Problem[];
}

/** Reads the shared tables: ISO list, international bodies, status scale. */
export function readShared(files: SharedFiles, mapIds: Set<string>, today: number): Result<Reference> {
  const out = new Collector();
  const countries = new Map<string, string>();
  // A code listed twice would silently take the later name.
  const seen = new Map<string, CsvField>();
  const twice = (file: string, f: CsvField): boolean => {
    const first = seen.get(f.value);
    if (first) out.add(file, f, `"${f.value}" is already listed on line ${first.line}; keep one row`);
    else seen.set(f.value, f);
    return !!first;
  };
  for (const r of readTable(files.countries, { columns: ['iso3', 'numeric', 'name'], optional: ['numeric'] }, out).rows) {
    if (!/^[A-Z]{3}$/.test(r.iso3.value)) {
      out.add(files.countries.name, r.iso3, `"${r.iso3.value}" is not an alpha-3 code; use three capital letters`);
    } else if (!twice(files.countries.name, r.iso3)) countries.set(r.iso3.value, r.name.value);
  }
  const bodies = new Map<string, string>();
  for (const r of readTable(files.bodies, { columns: ['id', 'name', 'kind', 'description'] }, out).rows) {
    if (!/^X[A-Z]{2}$/.test(r.id.value)) {
      out.add(files.bodies.name, r.id, `"${r.id.value}" is not a body id; use X plus two capital letters (ISO's user-assigned range)`);
    } else if (countries.has(r.id.value)) {
      out.add(files.bodies.name, r.id, `"${r.id.value}" is already a country code; pick another X.. id`);
    } else if (!twice(files.bodies.name, r.id)) bodies.set(r.id.value, r.name.value);
  }
  const scale: ScaleEntry[] = [];
  const rows = readTable(files.scale, { columns: ['level', 'label', 'definition'] }, out).rows;
  rows.forEach((r, i) => {
    if (r.level.value !== LEVELS[i]) {
      out.add(files.scale.name, r.level, `level "${r.level.value}" is out of place; list the levels lowest first: ${LEVELS.join(', ')}`);
    } else scale.push({ level: r.level.value as Level, label: r.label.value, definition: r.definition.value });
  });
  if (rows.length !== LEVELS.length && out.problems.length === 0) {
    out.add(files.scale.name, { line: 1, column: 1 }, `the scale needs exactly these levels: ${LEVELS.join(', ')}`);
  }
  const value = out.problems.length ? null : { countries, mapIds, bodies, scale, today };
  return { value, problems: out.problems };
}

export interface AtlasFiles {
  /** Folder name, which must equal the atlas id. */
  folder: string;
  atlas: TextFile;
  actions: TextFile;
  sources: TextFile;
  /** Absent when the atlas has no coverage.csv: then nothing is marked as researched. */
  coverage?: TextFile;
}

const ATLAS_KEYS = [
  'id',
  'title',
  'subject',
  'description',
  'credits',
  'last_reviewed',
  'start',
  'region',
  'phone_region',
] as const;
/** Keys an atlas may leave out. */
const OPTIONAL_KEYS: readonly string[] = ['region', 'phone_region'];
const ACTION_COLUMNS = [
  'id',
  'jurisdiction',
  'date',
  'effective',
  'ends',
  'level',
  'category',
  'authority',
  'instrument',
  'scope',
  'deadlines',
  'summary',
  'confidence',
  'notes',
] as const;
const SOURCE_COLUMNS = ['action_id', 'url', 'publisher', 'title', 'published', 'language', 'primary'] as const;
const COVERAGE_COLUMNS = ['jurisdiction', 'checked', 'result', 'searched', 'note'] as const;

function readDeadlines(file: string, f: CsvField, out: Collector): Deadline[] {
  if (f.value === '') return [];
  const list: Deadline[] = [];
  for (const part of f.value.split(';')) {
    const m = /^\s*(\S+):\s*(.+?)\s*$/.exec(part);
    const d = m ? parsePartialDate(m[1]) : null;
    if (!m || !d) {
      out.add(file, f, `deadline "${part.trim()}" is not "YYYY-MM-DD: what is due"; separate deadlines with ";"`);
      continue;
    }
    list.push({ date: dateRef(d), text: m[2] });
  }
  return list;
}

function readMeta(files: AtlasFiles, ref: Reference, out: Collector): { meta: AtlasMeta; start: PartialDate; at: CsvField } | null {
  const name = files.atlas.name;
  const rows = readTable(files.atlas, { columns: ['key', 'value'] }, out).rows;
  const map = new Map<string, CsvField>();
  for (const r of rows) {
    if (!(ATLAS_KEYS as readonly string[]).includes(r.key.value)) {
      out.add(name, r.key, `unknown key "${r.key.value}"; the keys are: ${ATLAS_KEYS.join(', ')}`);
    } else if (map.has(r.key.value)) {
      out.add(name, r.key, `key "${r.key.value}" appears twice; keep one`);
    } else map.set(r.key.value, r.value);
  }
  const missing = ATLAS_KEYS.filter((k) => !map.has(k) && !OPTIONAL_KEYS.includes(k));
  for (const k of missing) out.add(name, { line: 1, column: 1 }, `key "${k}" is missing; add a row "${k},<value>"`);
  if (missing.length) return null;
  const get = (k: (typeof ATLAS_KEYS)[number]): CsvField => map.get(k) as CsvField;
  if (get('id').value !== files.folder) {
    out.add(name, get('id'), `id "${get('id').value}" must equal the folder name "${files.folder}"`);
  }
  const reviewed = readDate(name, get('last_reviewed'), 'last_reviewed', { today: ref.today, dayOnly: true }, out);
  const start = readDate(name, get('start'), 'start', { today: ref.today, dayOnly: true }, out);
  const [region, phoneRegion] = (['region', 'phone_region'] as const).map((key) => {
    const f = map.get(key);
    if (f && !isRegion(f.value)) out.add(name, f, `${key} "${f.value}" is not a map region; use one of: ${REGIONS.join(', ')}`);
    return f;
  });
  if (!reviewed || !start) return null;
  const meta: AtlasMeta = {
    id: get('id').value,
    title: get('title').value,
    subject: get('subject').value,
    description: get('description').value,
    credits: get('credits').value,
    lastReviewed: reviewed.iso,
    start: start.iso,
  };
  // Written only when it says something: the default region is the world.
  if (region && isRegion(region.value) && region.value !== DEFAULT_REGION) meta.region = region.value;
  if (phoneRegion && isRegion(phoneRegion.value)) meta.phoneRegion = phoneRegion.value;
  return { meta, start, at: get('start') };
}

interface SourceTable {
  byAction: Map<string, { row: Row; source: Source }[]>;
  /** Every action id a source row names, valid or not. */
  named: Set<string>;
}

function readSources(files: AtlasFiles, ref: Reference, out: Collector): SourceTable {
  const name = files.sources.name;
  const byAction = new Map<string, { row: Row; source: Source }[]>();
  const table = readTable(files.sources, { columns: SOURCE_COLUMNS }, out);
  for (const r of table.rows) {
    let ok = true;
    let url: URL | null = null;
    try {
      url = new URL(r.url.value);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) {
      out.add(name, r.url, `"${r.url.value}" is not an https:// address; give the full https link a reader can open`);
      ok = false;
    }
    const published = readDate(name, r.published, 'published', { today: ref.today }, out);
    if (!/^[a-z]{2,3}$/.test(r.language.value)) {
      out.add(name, r.language, `language "${r.language.value}" is not an ISO 639 code; write it like en, de or fil`);
      ok = false;
    }
    const primary = readEnum(name, r.primary, 'primary', ['yes', 'no'] as const, out);
    if (!ok || !published || !primary) continue;
    const list = byAction.get(r.action_id.value) ?? [];
    if (list.some((s) => s.source.url === r.url.value)) {
      out.add(name, r.url, `this source is listed twice for action "${r.action_id.value}"; delete one row`);
      continue;
    }
    list.push({
      row: r,
      source: {
        url: r.url.value,
        publisher: r.publisher.value,
        title: r.title.value,
        published: dateRef(published),
        language: r.language.value,
        primary: primary === 'yes',
      },
    });
    byAction.set(r.action_id.value, list);
  }
  return { byAction, named: table.keys };
}

function readJurisdiction(file: string, f: CsvField, ref: Reference, out: Collector): boolean {
  const code = f.value;
  if (ref.bodies.has(code)) return true;
  if (!ref.countries.has(code)) {
    out.add(file, f, `"${code}" is neither an ISO 3166-1 alpha-3 code nor a body in data/shared/bodies.csv; use a code such as USA, or add the body`);
    return false;
  }
  if (!ref.mapIds.has(code)) {
    out.add(file, f, `"${code}" is not drawn on the map (Natural Earth 1:50m); record it under the country that governs it, or add it to data/shared/bodies.csv`);
    return false;
  }
  return true;
}

/** Where the actions stand, for checking coverage rows against them. */
interface ActionIndex {
  /** False when actions.csv could not be read: then no cross-check is meaningful. */
  readable: boolean;
  /** Every jurisdiction an action row names, valid or not, so one broken row does not cascade. */
  named: Set<string>;
  actions: readonly Action[];
}

function readCoverage(file: TextFile, ref: Reference, index: ActionIndex, out: Collector): Coverage[] {
  const name = file.name;
  const list: Coverage[] = [];
  const seen = new Map<string, CsvField>();
  for (const r of readTable(file, { columns: COVERAGE_COLUMNS, optional: ['note'] }, out).rows) {
    const code = r.jurisdiction.value;
    const first = seen.get(code);
    if (first) {
      out.add(name, r.jurisdiction, `"${code}" is already listed on line ${first.line}; keep one row per jurisdiction and merge what was searched into it`);
      continue;
    }
    seen.set(code, r.jurisdiction);
    const known = readJurisdiction(name, r.jurisdiction, ref, out);
    const checked = readDate(name, r.checked, 'checked', { today: ref.today, dayOnly: true, futureFix: 'write the day the research was done' }, out);
    const result = readEnum<CoverageResult>(name, r.result, 'result', COVERAGE_RESULTS, out);
    if (!known || !checked || !result) continue;
    if (index.readable) {
      const own = index.actions.filter((a) => a.jurisdiction === code);
      if (result === 'actions' && !index.named.has(code)) {
        out.add(name, r.result, `${code} is marked "actions" but the atlas's actions.csv has none for it; add its actions, or mark it nothing-found`);
        continue;
      }
      if (result === 'nothing-found' && own.length) {
        // Sorted by date, so the first action on or before the check is the one research missed.
        const missed = own.find((a) => (parsePartialDate(a.date.iso)?.day ?? Infinity) <= checked.day);
        const later = own[0];
        out.add(
          name,
          r.result,
          missed
            ? `${code} is marked "nothing-found" on ${checked.iso}, but action "${missed.id}" (${missed.date.iso}) was already recorded by then; mark it actions`
            : `${code} is marked "nothing-found" on ${checked.iso}, but action "${later.id}" is dated ${later.date.iso}, after that check; search again and mark it actions with the new date`,
        );
        continue;
      }
    }
    list.push({ jurisdiction: code, checked: checked.iso, result, searched: r.searched.value, note: r.note.value });
  }
  return list.sort((a, b) => (a.jurisdiction < b.jurisdiction ? -1 : 1));
}

export function validateAtlas(files: AtlasFiles, ref: Reference): Result<CompiledAtlas> {
  const out = new Collector();
  const head = readMeta(files, ref, out);
  const sources = readSources(files, ref, out);
  const name = files.actions.name;
  const actions: Action[] = [];
  const seen = new Map<string, CsvField>();
  const table = readTable(files.actions, { columns: ACTION_COLUMNS, optional: ['effective', 'ends', 'deadlines', 'notes'] }, out);
  for (const r of table.rows) {
    const id = r.id.value;
    if (!ID_RE.test(id)) {
      out.add(name, r.id, `id "${id}" may use only lower-case letters, digits and single hyphens, like usa-2017-bod`);
      continue;
    }
    const first = seen.get(id);
    if (first) {
      out.add(name, r.id, `id "${id}" is already used on line ${first.line}; give each action its own id`);
      continue;
    }
    seen.set(id, r.id);
    const known = readJurisdiction(name, r.jurisdiction, ref, out);
    const date = readDate(name, r.date, 'date', { today: ref.today }, out);
    const effective = r.effective.value ? readDate(name, r.effective, 'effective', { today: ref.today, futureAllowed: true }, out) : null;
    const ends = r.ends.value ? readDate(name, r.ends, 'ends', { today: ref.today, futureAllowed: true }, out) : null;
    if (date && ends && lastDayOf(ends) < date.day) {
      out.add(name, r.ends, `"ends" (${ends.iso}) is before "date" (${date.iso}); an action cannot end before it starts`);
    }
    if (date && effective && lastDayOf(effective) < date.day) {
      out.add(name, r.effective, `"effective" (${effective.iso}) is before "date" (${date.iso}); "date" is when it was decided or announced, so it comes first`);
    }
    const level = readEnum<ActionLevel>(name, r.level, 'level', ACTION_LEVELS, out);
    const category = readEnum<Category>(name, r.category, 'category', CATEGORIES, out);
    const confidence = readEnum<Confidence>(name, r.confidence, 'confidence', CONFIDENCES, out);
    const deadlines = readDeadlines(name, r.deadlines, out);
    if (!/[.!?]["”)]?$/.test(r.summary.value)) {
      out.add(name, r.summary, 'the summary must be one full sentence; end it with a full stop');
    }
    const own = sources.byAction.get(id) ?? [];
    // A source row with its own problem still counts as a source here: one error, one message.
    if (own.length === 0 && !sources.named.has(id)) {
      out.add(name, r.id, `action "${id}" has no source; add a row for it in ${files.sources.name}`);
    }
    if (!known || !date || (r.effective.value && !effective) || (r.ends.value && !ends) || !level || !category || !confidence) continue;
    actions.push({
      id,
      jurisdiction: r.jurisdiction.value,
      date: dateRef(date),
      effective: effective ? dateRef(effective) : null,
      ends: ends ? dateRef(ends) : null,
      level,
      category,
      authority: r.authority.value,
      instrument: r.instrument.value,
      scope: r.scope.value,
      deadlines,
      summary: r.summary.value,
      confidence,
      notes: r.notes.value,
      sources: own.map((s) => s.source),
    });
  }
  for (const [actionId, list] of sources.byAction) {
    // An unclosed quote swallows the rows after it; their sources are not orphans.
    if (table.intact && !table.keys.has(actionId)) {
      for (const s of list) {
        out.add(files.sources.name, s.row.action_id, `no action has the id "${actionId}"; fix the id or add the action to ${name}`);
      }
    }
  }
  actions.sort(byDate);
  const coverage = files.coverage
    ? readCoverage(
        files.coverage,
        ref,
        { readable: table.headerOk, named: new Set(table.rows.map((r) => r.jurisdiction.value)), actions },
        out,
      )
    : [];
  const earliest = Math.min(...actions.map((a) => parsePartialDate(a.date.iso)?.day ?? Infinity));
  if (head && earliest < head.start.day) {
    out.add(files.atlas.name, head.at, `start (${head.start.iso}) is after the first action; set it on or before that action's date`);
  }
  if (out.problems.length || !head) return { value: null, problems: out.problems };
  const meta = head.meta;
  // A body is listed when it has actions or was searched: a reader can then see "checked, nothing found".
  const used = new Set([...actions.map((a) => a.jurisdiction), ...coverage.map((c) => c.jurisdiction)]);
  const jurisdictions: Jurisdiction[] = [];
  for (const [id, n] of ref.countries) if (ref.mapIds.has(id)) jurisdictions.push({ id, name: n, kind: 'country' });
  for (const [id, n] of ref.bodies) if (used.has(id)) jurisdictions.push({ id, name: n, kind: 'body' });
  return { value: { format: 1, atlas: meta, scale: ref.scale, jurisdictions, actions, coverage }, problems: [] };
}

export interface AllianceFiles {
  alliances: TextFile;
  memberships: TextFile;
}

export function validateAlliances(files: AllianceFiles, ref: Reference): Result<CompiledAlliances> {
  const out = new Collector();
  const alliances: Alliance[] = [];
  for (const r of readTable(files.alliances, { columns: ['id', 'name', 'short', 'description'] }, out).rows) {
    if (!ID_RE.test(r.id.value)) {
      out.add(files.alliances.name, r.id, `id "${r.id.value}" may use only lower-case letters, digits and hyphens`);
    } else if (alliances.some((a) => a.id === r.id.value)) {
      out.add(files.alliances.name, r.id, `alliance "${r.id.value}" is listed twice; keep one row`);
    } else {
      alliances.push({ id: r.id.value, name: r.name.value, short: r.short.value, description: r.description.value, members: [] });
    }
  }
  const name = files.memberships.name;
  // Each member's periods so far, per alliance: a member cannot join twice at once.
  const periods = new Map<string, { from: number; end: number; line: number }[]>();
  for (const r of readTable(files.memberships, { columns: ['alliance', 'member', 'from', 'to', 'notes'], optional: ['to', 'notes'] }, out)
    .rows) {
    const alliance = alliances.find((a) => a.id === r.alliance.value);
    if (!alliance) {
      out.add(name, r.alliance, `no alliance "${r.alliance.value}" in ${files.alliances.name}; use one of: ${alliances.map((a) => a.id).join(', ')}`);
      continue;
    }
    if (!ref.countries.has(r.member.value)) {
      out.add(name, r.member, `"${r.member.value}" is not an ISO 3166-1 alpha-3 code; use a code such as FIN`);
      continue;
    }
    const from = readDate(name, r.from, 'from', { today: ref.today }, out);
    const to = r.to.value ? readDate(name, r.to, 'to', { today: ref.today }, out) : null;
    if (!from || (r.to.value && !to)) continue;
    // "to" is the last day of membership, so 2020-05 runs to 31 May, as the engine counts it.
    if (to && lastDayOf(to) < from.day) {
      out.add(name, r.to, `"to" (${to.iso}) is before "from" (${from.iso}); swap them or fix the date`);
      continue;
    }
    const end = to ? lastDayOf(to) : Infinity;
    const key = `${alliance.id} ${r.member.value}`;
    const earlier = (periods.get(key) ?? []).find((p) => from.day <= p.end && p.from <= end);
    if (earlier) {
      out.add(name, r.from, `${r.member.value}'s membership of ${alliance.id} overlaps the one on line ${earlier.line}; end one before the other starts, or merge the rows`);
      continue;
    }
    periods.set(key, [...(periods.get(key) ?? []), { from: from.day, end, line: r.__line.line }]);
    alliance.members.push({ member: r.member.value, from: dateRef(from), to: to ? dateRef(to) : null, notes: r.notes.value });
  }
  if (out.problems.length) return { value: null, problems: out.problems };
  return { value: { format: 1, alliances }, problems: [] };
}
