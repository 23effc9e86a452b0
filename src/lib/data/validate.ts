/**
 * Turns the hand-edited CSV of one atlas (plus the shared tables) into a CompiledAtlas,
 * or into a list of problems, each naming file, line, column and the fix. Every problem
 * is collected; nothing is compiled while any remains.
 */
import { parseCsv, type CsvField } from './csv.ts';
import { DEFAULT_REGION, isRegion, REGIONS } from '../geo/regions.ts';
import { lastDayOf, parsePartialDate, type PartialDate } from './dates.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
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
  type AtlasText,
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
  type SharedText,
  type Source,
} from './types.ts';

/** The languages data text is translated into: every locale but English, the data's own. */
export type TranslatedLocale = Exclude<Locale, 'en'>;
export const TRANSLATED_LOCALES = LOCALES.filter((l): l is TranslatedLocale => l !== DEFAULT_LOCALE);
/** One value per translated locale. */
export type PerLocale<T> = Record<TranslatedLocale, T>;

/** A fresh value for every translated locale. */
export function perLocale<T>(make: (locale: TranslatedLocale) => T): PerLocale<T> {
  return Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, make(l)])) as PerLocale<T>;
}

const languageName = (locale: string): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;

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

export type Row = Record<string, CsvField> & { __line: CsvField };

interface TableSpec {
  /** Columns in their documented order; all must be present. */
  columns: readonly string[];
  /** Columns whose value may be empty. */
  optional?: readonly string[];
  /** Columns that may be translated, as `<column>_<locale>` (label_de). */
  translated?: readonly string[];
  /** Every translated column must then be present for every locale, and filled in. */
  translationsRequired?: boolean;
}

/**
 * Why `name` (a column, or an atlas.csv key) is not a translation of one of `bases`, or null
 * when it is one. Names without a two-letter suffix are not translations at all: undefined.
 */
function translationProblem(name: string, bases: readonly string[], all: readonly string[]): string | null | undefined {
  const m = /^(.+)_([a-z]{2})$/.exec(name);
  if (!m || bases.length === 0) return undefined;
  const [, base, suffix] = m;
  const suffixes = TRANSLATED_LOCALES.map((l) => `_${l}`).join(', ');
  if (suffix === DEFAULT_LOCALE) return `English text goes in "${base}" itself, without a suffix`;
  if (!(TRANSLATED_LOCALES as readonly string[]).includes(suffix)) {
    return `"${suffix}" is not one of the site's languages; end a translation with one of: ${suffixes}`;
  }
  if (bases.includes(base)) return null;
  const translatable = bases.map((b) => `${b}_${suffix}`).join(', ');
  return all.includes(base)
    ? `"${base}" is not translated; only these are: ${translatable}`
    : `there is no "${base}" to translate; only these are: ${translatable}`;
}

/** Every translation of `bases`, as `<column>_<locale>` names. */
function translationColumns(bases: readonly string[]): string[] {
  return bases.flatMap((b) => TRANSLATED_LOCALES.map((l) => `${b}_${l}`));
}

/** "Polish label" for label_pl: what a translated column holds. */
function whatIsIn(column: string): string {
  return `${languageName(column.slice(-2))} ${column.slice(0, -3)}`;
}

/** The translated values of `columns` in one locale, leaving out the ones not translated. */
function inLocale(row: Record<string, CsvField | undefined>, columns: readonly string[], locale: Locale): Record<string, string> {
  const text: Record<string, string> = {};
  for (const c of columns) {
    const value = row[`${c}_${locale}`]?.value;
    if (value) text[c] = value;
  }
  return text;
}

export class Collector {
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

export function readTable(file: TextFile, spec: TableSpec, out: Collector): Table {
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
  const translated = spec.translated ?? [];
  const required = spec.translationsRequired ? translated : [];
  table.header.forEach((h, i) => {
    if (spec.columns.includes(names[i])) return;
    const wrong = translationProblem(names[i], translated, spec.columns);
    if (wrong === null) return;
    out.add(file.name, h, `unknown column "${names[i]}"; ${wrong ?? `the columns are: ${spec.columns.join(',')}`}`);
    headerOk = false;
  });
  // A missing translation leaves the rows readable, so what refers to them is checked too.
  const requiredColumns = translationColumns(required).filter((col) => {
    if (names.includes(col)) return true;
    out.add(file.name, { line: 1, column: 1 }, `missing column "${col}"; add it and fill in the ${whatIsIn(col)} of every row`);
    return false;
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
    // An untranslated row is still read, so that what refers to it is checked too.
    for (const col of requiredColumns) {
      if (row[col].value === '') out.add(file.name, row[col], `"${col}" is empty; fill in the ${whatIsIn(col)}`);
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

export function readDate(file: string, f: CsvField, col: string, rules: DateRules, out: Collector): PartialDate | null {
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
  /** ISO 3166-1 alpha-2 code by alpha-3, where one exists: the key to the country names of each language. */
  iso2: Map<string, string>;
  /** The scale and the bodies' names in each translated locale. */
  text: PerLocale<{ scale: SharedText['scale']; bodies: Record<string, string> }>;
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

/** A result with its translations, kept apart so that the English files do not grow. */
export interface TranslatedResult<T, X> extends Result<T> {
  /** Null exactly when `value` is. */
  text: PerLocale<X> | null;
}

/** Reads the shared tables: ISO list, international bodies, status scale. */
export function readShared(files: SharedFiles, mapIds: Set<string>, today: number): Result<Reference> {
  const out = new Collector();
  const countries = new Map<string, string>();
  const iso2 = new Map<string, string>();
  const text: Reference['text'] = perLocale(() => ({ scale: {}, bodies: {} }));
  // A code listed twice would silently take the later name.
  const seen = new Map<string, CsvField>();
  const twice = (file: string, f: CsvField): boolean => {
    const first = seen.get(f.value);
    if (first) out.add(file, f, `"${f.value}" is already listed on line ${first.line}; keep one row`);
    else seen.set(f.value, f);
    return !!first;
  };
  const countryTable = readTable(files.countries, { columns: ['iso3', 'numeric', 'name', 'iso2'], optional: ['numeric', 'iso2'] }, out);
  for (const r of countryTable.rows) {
    if (!/^[A-Z]{3}$/.test(r.iso3.value)) {
      out.add(files.countries.name, r.iso3, `"${r.iso3.value}" is not an alpha-3 code; use three capital letters`);
    } else if (!twice(files.countries.name, r.iso3)) countries.set(r.iso3.value, r.name.value);
    const code = r.iso2.value;
    const first = [...iso2].find(([, c]) => c === code);
    if (code === '') continue;
    if (!/^[A-Z]{2}$/.test(code)) {
      out.add(files.countries.name, r.iso2, `"${code}" is not an alpha-2 code; use two capital letters, or leave it empty where ISO has none`);
    } else if (first) {
      out.add(files.countries.name, r.iso2, `"${code}" is already the alpha-2 code of ${first[0]}; check both rows against ISO 3166-1`);
    } else iso2.set(r.iso3.value, code);
  }
  const bodies = new Map<string, string>();
  for (const r of readTable(files.bodies, { columns: ['id', 'name', 'kind', 'description'], translated: ['name'], translationsRequired: true }, out)
    .rows) {
    if (!/^X[A-Z]{2}$/.test(r.id.value)) {
      out.add(files.bodies.name, r.id, `"${r.id.value}" is not a body id; use X plus two capital letters (ISO's user-assigned range)`);
    } else if (countries.has(r.id.value)) {
      out.add(files.bodies.name, r.id, `"${r.id.value}" is already a country code; pick another X.. id`);
    } else if (!twice(files.bodies.name, r.id)) {
      bodies.set(r.id.value, r.name.value);
      for (const l of TRANSLATED_LOCALES) text[l].bodies[r.id.value] = inLocale(r, ['name'], l).name;
    }
  }
  const scale: ScaleEntry[] = [];
  const scaleText = ['label', 'definition'] as const;
  const rows = readTable(files.scale, { columns: ['level', ...scaleText], translated: scaleText, translationsRequired: true }, out).rows;
  rows.forEach((r, i) => {
    if (r.level.value !== LEVELS[i]) {
      out.add(files.scale.name, r.level, `level "${r.level.value}" is out of place; list the levels lowest first: ${LEVELS.join(', ')}`);
      return;
    }
    scale.push({ level: r.level.value as Level, label: r.label.value, definition: r.definition.value });
    for (const l of TRANSLATED_LOCALES) text[l].scale[r.level.value] = inLocale(r, scaleText, l) as SharedText['scale'][string];
  });
  if (rows.length !== LEVELS.length && out.problems.length === 0) {
    out.add(files.scale.name, { line: 1, column: 1 }, `the scale needs exactly these levels: ${LEVELS.join(', ')}`);
  }
  const value = out.problems.length ? null : { countries, mapIds, bodies, scale, today, iso2, text };
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
/** Keys that take translations (title_de); the first two must have them. */
const ATLAS_TEXT = ['title', 'description', 'subject', 'credits'] as const;
const ACTION_TEXT = ['summary', 'scope'] as const;
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

interface Head {
  meta: AtlasMeta;
  start: PartialDate;
  at: CsvField;
  text: PerLocale<AtlasText['atlas']>;
}

function readMeta(files: AtlasFiles, ref: Reference, out: Collector): Head | null {
  const name = files.atlas.name;
  const rows = readTable(files.atlas, { columns: ['key', 'value'] }, out).rows;
  const map = new Map<string, CsvField>();
  for (const r of rows) {
    const wrong = (ATLAS_KEYS as readonly string[]).includes(r.key.value) ? null : translationProblem(r.key.value, ATLAS_TEXT, ATLAS_KEYS);
    if (wrong !== null) {
      out.add(name, r.key, `unknown key "${r.key.value}"; ${wrong ?? `the keys are: ${ATLAS_KEYS.join(', ')}`}`);
    } else if (map.has(r.key.value)) {
      out.add(name, r.key, `key "${r.key.value}" appears twice; keep one`);
    } else map.set(r.key.value, r.value);
  }
  const missing = ATLAS_KEYS.filter((k) => !map.has(k) && !OPTIONAL_KEYS.includes(k));
  for (const k of missing) out.add(name, { line: 1, column: 1 }, `key "${k}" is missing; add a row "${k},<value>"`);
  for (const k of translationColumns(ATLAS_TEXT.slice(0, 2)).filter((t) => !map.has(t))) {
    out.add(name, { line: 1, column: 1 }, `key "${k}" is missing; add a row "${k},<the ${whatIsIn(k)}>"`);
  }
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
  const keyed = Object.fromEntries(map);
  if (phoneRegion && isRegion(phoneRegion.value)) meta.phoneRegion = phoneRegion.value;
  return { meta, start, at: get('start'), text: perLocale((l) => inLocale(keyed, ATLAS_TEXT, l) as AtlasText['atlas']) };
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

export function readJurisdiction(file: string, f: CsvField, ref: Reference, out: Collector): boolean {
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

export function validateAtlas(files: AtlasFiles, ref: Reference): TranslatedResult<CompiledAtlas, AtlasText> {
  const out = new Collector();
  const head = readMeta(files, ref, out);
  const sources = readSources(files, ref, out);
  const name = files.actions.name;
  const actions: Action[] = [];
  const actionText = perLocale((): AtlasText['actions'] => ({}));
  const seen = new Map<string, CsvField>();
  const table = readTable(
    files.actions,
    { columns: ACTION_COLUMNS, optional: ['effective', 'ends', 'deadlines', 'notes'], translated: ACTION_TEXT },
    out,
  );
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
    for (const [col, what] of [['summary', 'the summary'], ...TRANSLATED_LOCALES.map((l) => [`summary_${l}`, `"summary_${l}"`])]) {
      const f = r[col] as CsvField | undefined;
      // A translation may be left empty: the English summary is shown instead.
      if (f?.value && !/[.!?]["”)]?$/.test(f.value)) {
        out.add(name, f, `${what} must be one full sentence; end it with a full stop`);
      }
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
    for (const l of TRANSLATED_LOCALES) {
      const text = inLocale(r, ACTION_TEXT, l);
      if (Object.keys(text).length) actionText[l][id] = text;
    }
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
  if (out.problems.length || !head) return { value: null, problems: out.problems, text: null };
  const meta = head.meta;
  // A body is listed when it has actions or was searched: a reader can then see "checked, nothing found".
  const used = new Set([...actions.map((a) => a.jurisdiction), ...coverage.map((c) => c.jurisdiction)]);
  const jurisdictions: Jurisdiction[] = [];
  for (const [id, n] of ref.countries) if (ref.mapIds.has(id)) jurisdictions.push({ id, name: n, kind: 'country' });
  for (const [id, n] of ref.bodies) if (used.has(id)) jurisdictions.push({ id, name: n, kind: 'body' });
  return {
    value: { format: 1, atlas: meta, scale: ref.scale, jurisdictions, actions, coverage },
    problems: [],
    text: perLocale((locale) => ({ format: 1, locale, atlas: head.text[locale], actions: actionText[locale] })),
  };
}

export interface AllianceFiles {
  alliances: TextFile;
  memberships: TextFile;
}

export function validateAlliances(files: AllianceFiles, ref: Reference): TranslatedResult<CompiledAlliances, SharedText['alliances']> {
  const out = new Collector();
  const alliances: Alliance[] = [];
  const allianceText = ['name', 'short', 'description'] as const;
  const text = perLocale((): SharedText['alliances'] => ({}));
  const spec = { columns: ['id', ...allianceText], translated: allianceText, translationsRequired: true };
  const table = readTable(files.alliances, spec, out);
  for (const r of table.rows) {
    if (!ID_RE.test(r.id.value)) {
      out.add(files.alliances.name, r.id, `id "${r.id.value}" may use only lower-case letters, digits and hyphens`);
    } else if (alliances.some((a) => a.id === r.id.value)) {
      out.add(files.alliances.name, r.id, `alliance "${r.id.value}" is listed twice; keep one row`);
    } else {
      alliances.push({ id: r.id.value, name: r.name.value, short: r.short.value, description: r.description.value, members: [] });
      for (const l of TRANSLATED_LOCALES) text[l][r.id.value] = inLocale(r, allianceText, l) as SharedText['alliances'][string];
    }
  }
  const name = files.memberships.name;
  // Each member's periods so far, per alliance: a member cannot join twice at once.
  const periods = new Map<string, { from: number; end: number; line: number }[]>();
  for (const r of readTable(files.memberships, { columns: ['alliance', 'member', 'from', 'to', 'notes'], optional: ['to', 'notes'] }, out)
    .rows) {
    const alliance = alliances.find((a) => a.id === r.alliance.value);
    if (!alliance) {
      // With the alliance table unread, every membership would be reported: its header is the one problem.
      if (table.headerOk) {
        out.add(name, r.alliance, `no alliance "${r.alliance.value}" in ${files.alliances.name}; use one of: ${alliances.map((a) => a.id).join(', ')}`);
      }
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
  if (out.problems.length) return { value: null, problems: out.problems, text: null };
  return { value: { format: 1, alliances }, problems: [], text };
}
