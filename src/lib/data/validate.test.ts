/**
 * The validator on small tables written in the test: what a valid atlas compiles to (the public
 * events.json), and the edge cases of each rule. The broken-data folders in tests/fixtures (see
 * tests/data/fixtures.test.ts) hold one realistic example of each kind of error; these tests pin
 * the boundaries (a date on the day itself, an end on the day it starts) and the output.
 */
import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.ts';
import {
  TRANSLATED_LOCALES,
  formatProblem,
  readShared,
  validateAlliances,
  validateAtlas,
  type Reference,
  type Result,
} from './validate.ts';

const TODAY = parseDay('2024-06-01') as number;
const csv = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

/**
 * Adds the translations a table must carry (their rules are pinned in validate.i18n.test.ts) at
 * its end, so that no line or column these tests point at moves. `columns` are the translated
 * columns, each with the value every row gets; a sentence column's value ends with a full stop.
 */
function translated(lines: string[], columns: Record<string, string>): string[] {
  if (lines.length === 0) return lines;
  const cells = (f: (column: string, value: string) => string) =>
    TRANSLATED_LOCALES.flatMap((l) => Object.entries(columns).map(([c, v]) => f(`${c}_${l}`, `${v} ${l}`)));
  return [[lines[0], ...cells((c) => c)].join(','), ...lines.slice(1).map((line) => [line, ...cells((_, v) => v)].join(','))];
}

/** The same for atlas.csv, whose translations are rows of its own. */
const translatedMeta = (lines: string[]): string[] =>
  lines.length === 0 ? lines : [...lines, ...TRANSLATED_LOCALES.flatMap((l) => [`title_${l},Title ${l}`, `description_${l},Description ${l}.`])];

const COUNTRIES = [
  'iso3,numeric,name,iso2',
  'FRA,250,France,FR',
  'DEU,276,Germany,DE',
  'USA,840,United States,US',
  'ITA,380,Italy,IT',
  // Listed in ISO 3166 but not drawn on the map.
  'ATF,260,French Southern Territories,TF',
];
const BODIES = ['id,name,kind,description', 'XEU,European Union,union,The EU.', 'XIN,INTERPOL,organisation,Police.', 'XUN,United Nations,organisation,The UN.'];
const SCALE = [
  'level,label,definition',
  'none,No recorded action,Nothing.',
  'cleared,Reviewed and not restricted,Cleared.',
  'advisory,Warning,A warning.',
  'partial,Partial restriction,Part.',
  'government,Government-wide ban,Government.',
  'nationwide,Nationwide ban,Everyone.',
];
const MAP = new Set(['FRA', 'DEU', 'USA', 'ITA']);

function shared(tables: { countries?: string[]; bodies?: string[]; scale?: string[] } = {}): Result<Reference> {
  return readShared(
    {
      countries: { name: 'countries.csv', text: csv(...(tables.countries ?? COUNTRIES)) },
      bodies: { name: 'bodies.csv', text: csv(...translated(tables.bodies ?? BODIES, { name: 'Name' })) },
      scale: { name: 'scale.csv', text: csv(...translated(tables.scale ?? SCALE, { label: 'Label', definition: 'Definition.' })) },
    },
    MAP,
    TODAY,
  );
}

function reference(): Reference {
  const { value, problems } = shared();
  if (!value) throw new Error(problems.map(formatProblem).join('\n'));
  return value;
}

const messages = (r: { problems: readonly Parameters<typeof formatProblem>[0][] }): string[] => r.problems.map(formatProblem);

const ACTIONS_HEADER = 'id,jurisdiction,date,effective,ends,level,category,authority,instrument,scope,deadlines,summary,confidence,notes';
const SOURCES_HEADER = 'action_id,url,publisher,title,published,language,primary';
const COVERAGE_HEADER = 'jurisdiction,checked,result,searched,note';

interface Act {
  id: string;
  jurisdiction: string;
  date: string;
  effective?: string;
  ends?: string;
  level?: string;
  category?: string;
  deadlines?: string;
  summary?: string;
  confidence?: string;
  notes?: string;
}

/** An actions.csv row; values hold no commas. */
const act = (a: Act): string =>
  [
    a.id,
    a.jurisdiction,
    a.date,
    a.effective ?? '',
    a.ends ?? '',
    a.level ?? 'advisory',
    a.category ?? 'advisory',
    'Agency',
    'Note',
    'Everyone',
    a.deadlines ?? '',
    a.summary ?? 'A warning.',
    a.confidence ?? 'high',
    a.notes ?? '',
  ].join(',');

/** A sources.csv row for an action, primary unless said otherwise. */
const src = (actionId: string, url = `https://example.org/${actionId}`, more: { published?: string; language?: string; primary?: string } = {}): string =>
  [actionId, url, 'Example', `About ${actionId}`, more.published ?? '2020', more.language ?? 'en', more.primary ?? 'yes'].join(',');

const META = ['key,value', 'id,acme', 'title,Who bans Acme?', 'subject,Acme Corp', 'description,A test.', 'credits,Tests.', 'last_reviewed,2024-01-01', 'start,2019-01-01'];

interface Parts {
  atlas?: string[];
  actions?: string[];
  /** The whole actions.csv, header included, when the header itself is under test. */
  actionsText?: string;
  sources?: string[];
  coverage?: string[];
}

function compile(parts: Parts) {
  const actions = parts.actions ?? [act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020-03' })];
  return validateAtlas(
    {
      folder: 'acme',
      atlas: { name: 'atlas.csv', text: csv(...translatedMeta(parts.atlas ?? META)) },
      actions: { name: 'actions.csv', text: parts.actionsText ?? csv(ACTIONS_HEADER, ...actions) },
      sources: { name: 'sources.csv', text: csv(SOURCES_HEADER, ...(parts.sources ?? actions.map((a) => src(a.split(',')[0])))) },
      ...(parts.coverage ? { coverage: { name: 'coverage.csv', text: csv(COVERAGE_HEADER, ...parts.coverage) } } : {}),
    },
    reference(),
  );
}

const problemsOf = (parts: Parts): string[] => messages(compile(parts));

describe('readShared', () => {
  it('reads the countries, the bodies and the scale', () => {
    const ref = reference();
    expect([...ref.countries]).toEqual([
      ['FRA', 'France'],
      ['DEU', 'Germany'],
      ['USA', 'United States'],
      ['ITA', 'Italy'],
      ['ATF', 'French Southern Territories'],
    ]);
    expect([...ref.bodies]).toEqual([
      ['XEU', 'European Union'],
      ['XIN', 'INTERPOL'],
      ['XUN', 'United Nations'],
    ]);
    expect(ref.scale[0]).toEqual({ level: 'none', label: 'No recorded action', definition: 'Nothing.' });
    expect(ref.scale.map((s) => s.level)).toEqual(['none', 'cleared', 'advisory', 'partial', 'government', 'nationwide']);
    expect(ref.today).toBe(TODAY);
    expect(ref.mapIds).toBe(MAP);
  });

  it('takes three capital letters as a country code, no more and no fewer', () => {
    expect(messages(shared({ countries: [...COUNTRIES, 'GBRX,826,Britain,GB', 'XGBR,826,Britain,XG', 'GB,826,Britain,GC'] }))).toEqual([
      'countries.csv:7:1: "GBRX" is not an alpha-3 code; use three capital letters',
      'countries.csv:8:1: "XGBR" is not an alpha-3 code; use three capital letters',
      'countries.csv:9:1: "GB" is not an alpha-3 code; use three capital letters',
    ]);
  });

  it('takes X and two capital letters as a body id, no more', () => {
    expect(messages(shared({ bodies: [...BODIES, 'XEUR,Europe,union,d', 'AXEU,Europe,union,d'] }))).toEqual([
      'bodies.csv:5:1: "XEUR" is not a body id; use X plus two capital letters (ISO\'s user-assigned range)',
      'bodies.csv:6:1: "AXEU" is not a body id; use X plus two capital letters (ISO\'s user-assigned range)',
    ]);
  });

  it('reports a level missing from the scale once, where the order breaks, not again as a count', () => {
    const scale = SCALE.filter((l) => !l.startsWith('partial,'));
    expect(messages(shared({ scale }))).toEqual([
      'scale.csv:5:1: level "government" is out of place; list the levels lowest first: none, cleared, advisory, partial, government, nationwide',
      'scale.csv:6:1: level "nationwide" is out of place; list the levels lowest first: none, cleared, advisory, partial, government, nationwide',
    ]);
    expect(messages(shared({ scale: SCALE.slice(0, -1) }))).toEqual([
      'scale.csv:1:1: the scale needs exactly these levels: none, cleared, advisory, partial, government, nationwide',
    ]);
  });

  it('reads a header with stray spaces, as spreadsheets leave them', () => {
    expect(messages(shared({ countries: [' iso3 , numeric ,name , iso2 ', 'FRA,250,France,FR'] }))).toEqual([]);
  });
});

describe('validateAtlas: what a valid atlas compiles to', () => {
  const actions = [
    act({ id: 'usa-2021', jurisdiction: 'USA', date: '2021-02-10', level: 'government', category: 'ban', confidence: 'medium' }),
    act({
      id: 'deu-2021',
      jurisdiction: 'DEU',
      date: '2021-05-01',
      effective: '2021-06-01',
      ends: '2022-03-31',
      level: 'partial',
      category: 'procurement',
      deadlines: '2021-09-01: stop buying; 2021-12:  report back ',
      notes: 'A note.',
    }),
    // Same day as usa-2021: the id breaks the tie.
    act({ id: 'eu-2021', jurisdiction: 'XEU', date: '2021-02-10', level: 'context', category: 'company', confidence: 'low' }),
    act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020-03' }),
  ];
  const sources = [
    src('usa-2021'),
    src('usa-2021', 'https://example.org/usa-2021-press', { published: '2021-02-11', primary: 'no', language: 'fil' }),
    src('deu-2021'),
    src('eu-2021'),
    src('fra-2020'),
  ];
  const build = () => compile({ actions, sources, coverage: ['USA,2024-01-02,actions,Federal Register,', 'ITA,2024-01-03,nothing-found,Gazzetta,Only a debate.', 'XUN,2024-01-03,nothing-found,UN press,'] });

  it('compiles with no problem', () => {
    expect(build().problems).toEqual([]);
  });

  it('gives the atlas its metadata, the scale and the format', () => {
    const value = build().value;
    expect(value?.format).toBe(1);
    expect(value?.atlas).toEqual({
      id: 'acme',
      title: 'Who bans Acme?',
      subject: 'Acme Corp',
      description: 'A test.',
      credits: 'Tests.',
      lastReviewed: '2024-01-01',
      start: '2019-01-01',
    });
    expect(value?.scale).toEqual(reference().scale);
  });

  it('sorts the actions by date, then by id', () => {
    expect(build().value?.actions.map((a) => a.id)).toEqual(['fra-2020', 'eu-2021', 'usa-2021', 'deu-2021']);
    const sameDay = ['fra-c', 'fra-a', 'fra-d', 'fra-b'].map((id) => act({ id, jurisdiction: 'FRA', date: '2020-05-05' }));
    expect(compile({ actions: [...sameDay, act({ id: 'fra-0', jurisdiction: 'FRA', date: '2020-05-06' })] }).value?.actions.map((a) => a.id)).toEqual([
      'fra-a',
      'fra-b',
      'fra-c',
      'fra-d',
      'fra-0',
    ]);
  });

  it('keeps every field of an action, its deadlines and its sources', () => {
    const [fra, eu, usa, deu] = build().value?.actions ?? [];
    expect(deu).toEqual({
      id: 'deu-2021',
      jurisdiction: 'DEU',
      date: { iso: '2021-05-01', precision: 'day' },
      effective: { iso: '2021-06-01', precision: 'day' },
      ends: { iso: '2022-03-31', precision: 'day' },
      level: 'partial',
      category: 'procurement',
      authority: 'Agency',
      instrument: 'Note',
      scope: 'Everyone',
      deadlines: [
        { date: { iso: '2021-09-01', precision: 'day' }, text: 'stop buying' },
        { date: { iso: '2021-12', precision: 'month' }, text: 'report back' },
      ],
      summary: 'A warning.',
      confidence: 'high',
      notes: 'A note.',
      sources: [
        {
          url: 'https://example.org/deu-2021',
          publisher: 'Example',
          title: 'About deu-2021',
          published: { iso: '2020', precision: 'year' },
          language: 'en',
          primary: true,
        },
      ],
    });
    expect(fra.date).toEqual({ iso: '2020-03', precision: 'month' });
    expect([fra.effective, fra.ends, fra.deadlines, fra.notes]).toEqual([null, null, [], '']);
    expect([eu.level, eu.category, eu.confidence]).toEqual(['context', 'company', 'low']);
    expect([usa.level, usa.category, usa.confidence]).toEqual(['government', 'ban', 'medium']);
    expect(usa.sources.map((s) => [s.url, s.published.iso, s.language, s.primary])).toEqual([
      ['https://example.org/usa-2021', '2020', 'en', true],
      ['https://example.org/usa-2021-press', '2021-02-11', 'fil', false],
    ]);
  });

  it('lists every country on the map, and a body only when it has actions or was searched', () => {
    expect(build().value?.jurisdictions).toEqual([
      { id: 'FRA', name: 'France', kind: 'country' },
      { id: 'DEU', name: 'Germany', kind: 'country' },
      { id: 'USA', name: 'United States', kind: 'country' },
      { id: 'ITA', name: 'Italy', kind: 'country' },
      { id: 'XEU', name: 'European Union', kind: 'body' },
      { id: 'XUN', name: 'United Nations', kind: 'body' },
    ]);
  });

  it('gives the coverage rows sorted by jurisdiction, with what was searched and the note', () => {
    expect(build().value?.coverage).toEqual([
      { jurisdiction: 'ITA', checked: '2024-01-03', result: 'nothing-found', searched: 'Gazzetta', note: 'Only a debate.' },
      { jurisdiction: 'USA', checked: '2024-01-02', result: 'actions', searched: 'Federal Register', note: '' },
      { jurisdiction: 'XUN', checked: '2024-01-03', result: 'nothing-found', searched: 'UN press', note: '' },
    ]);
  });

  it('gives no coverage when the atlas has no coverage.csv', () => {
    expect(compile({}).value?.coverage).toEqual([]);
  });

  it('writes the region only when it is not the world', () => {
    expect(compile({ atlas: [...META, 'region,europe'] }).value?.atlas.region).toBe('europe');
    const world = compile({ atlas: [...META, 'region,world'] }).value?.atlas;
    expect(world && 'region' in world).toBe(false);
  });
});

describe('validateAtlas: the edges of each rule', () => {
  it('accepts an action dated today, and refuses one dated tomorrow', () => {
    expect(problemsOf({ actions: [act({ id: 'fra-2024', jurisdiction: 'FRA', date: '2024-06-01' })] })).toEqual([]);
    expect(problemsOf({ actions: [act({ id: 'fra-2024', jurisdiction: 'FRA', date: '2024-06-02' })] })).toEqual([
      'actions.csv:2:14: "date" is 2024-06-02, which is in the future; record an action only once it has happened',
    ]);
  });

  it('accepts a future effective date and end, and an action that ends or takes effect the day it is decided', () => {
    const rows = [
      act({ id: 'fra-2024', jurisdiction: 'FRA', date: '2024-05-01', effective: '2025-01-01', ends: '2026-12' }),
      act({ id: 'deu-2024', jurisdiction: 'DEU', date: '2024-05-01', effective: '2024-05-01', ends: '2024-05-01' }),
    ];
    expect(problemsOf({ actions: rows })).toEqual([]);
  });

  it('names the column of a broken effective date, end or confidence', () => {
    const rows = [act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020-03', effective: '2020-13', ends: 'soon', confidence: 'sure' })];
    expect(problemsOf({ actions: rows })).toEqual([
      'actions.csv:2:22: "effective" is "2020-13", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
      'actions.csv:2:30: "ends" is "soon", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
      'actions.csv:2:86: "confidence" is "sure"; use one of: high, medium, low',
    ]);
  });

  it('reads deadlines written without a space, and refuses one whose date is not a date or comes after text', () => {
    const ok = compile({ actions: [act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020-03', deadlines: '2021-01-01:stop' })] });
    expect(ok.value?.actions[0].deadlines).toEqual([{ date: { iso: '2021-01-01', precision: 'day' }, text: 'stop' }]);
    const rows = [act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020-03', deadlines: '2021-13-01: stop;   by 2021-01-01: report  ' })];
    expect(problemsOf({ actions: rows })).toEqual([
      'actions.csv:2:63: deadline "2021-13-01: stop" is not "YYYY-MM-DD: what is due"; separate deadlines with ";"',
      'actions.csv:2:63: deadline "by 2021-01-01: report" is not "YYYY-MM-DD: what is due"; separate deadlines with ";"',
    ]);
  });

  it('takes a summary ending in a full stop, a closing quote or bracket, and nothing else', () => {
    const rows = ['He said "no."', 'Banned (in part.)', 'Banned!', 'Banned. Then not', 'Banned'].map((summary, i) =>
      act({ id: `fra-${i}`, jurisdiction: 'FRA', date: '2020', summary: summary.includes('"') ? `"${summary.replaceAll('"', '""')}"` : summary }),
    );
    expect(problemsOf({ actions: rows })).toEqual([
      'actions.csv:5:58: the summary must be one full sentence; end it with a full stop',
      'actions.csv:6:58: the summary must be one full sentence; end it with a full stop',
    ]);
  });

  it('accepts a start on the day of the first action, and refuses one after it', () => {
    const row = [act({ id: 'fra-2019', jurisdiction: 'FRA', date: '2019-01-01' })];
    expect(problemsOf({ actions: row })).toEqual([]);
    expect(problemsOf({ actions: row, atlas: META.map((l) => (l.startsWith('start,') ? 'start,2019-01-02' : l)) })).toEqual([
      'atlas.csv:8:7: start (2019-01-02) is after the first action; set it on or before that action\'s date',
    ]);
  });

  it('takes the review and start dates only as whole days in the past, naming which', () => {
    const meta = (reviewed: string, start: string) =>
      META.map((l) => (l.startsWith('last_reviewed,') ? `last_reviewed,${reviewed}` : l.startsWith('start,') ? `start,${start}` : l));
    expect(problemsOf({ atlas: meta('2024-01', '2019-01-01') })).toEqual([
      'atlas.csv:7:15: "last_reviewed" is "2024-01", which is not a real date; write it as YYYY-MM-DD',
    ]);
    expect(problemsOf({ atlas: meta('2024-06-02', '2019-01-01') })).toEqual([
      'atlas.csv:7:15: "last_reviewed" is 2024-06-02, which is in the future; record an action only once it has happened',
    ]);
    expect(problemsOf({ atlas: meta('2024-01-01', '2019') })).toEqual([
      'atlas.csv:8:7: "start" is "2019", which is not a real date; write it as YYYY-MM-DD',
    ]);
    expect(problemsOf({ atlas: meta('2024-01-01', '2030-01-01') })).toEqual([
      'atlas.csv:8:7: "start" is 2030-01-01, which is in the future; record an action only once it has happened',
    ]);
  });

  it('refuses an unknown key and a key given twice in atlas.csv', () => {
    expect(problemsOf({ atlas: [...META, 'licence,CC BY', 'title,Again'] })).toEqual([
      'atlas.csv:9:1: unknown key "licence"; the keys are: id, title, subject, description, credits, last_reviewed, start, region, phone_region',
      'atlas.csv:10:1: key "title" appears twice; keep one',
    ]);
  });

  it('takes only https links to a named host, and a two- or three-letter language code', () => {
    const sources = [
      src('fra-2020', 'not a url'),
      src('fra-2020', 'https://intranet/report'),
      src('fra-2020', 'https://example.org/a', { language: 'engl' }),
      src('fra-2020', 'https://example.org/b', { published: '2024-07' }),
    ];
    expect(problemsOf({ sources })).toEqual([
      'sources.csv:2:10: "not a url" is not an https:// address; give the full https link a reader can open',
      'sources.csv:3:10: "https://intranet/report" is not an https:// address; give the full https link a reader can open',
      'sources.csv:4:60: language "engl" is not an ISO 639 code; write it like en, de or fil',
      'sources.csv:5:55: "published" is 2024-07, which is in the future; record an action only once it has happened',
    ]);
  });

  it('gives a broken source row one message, even when the same broken row appears twice', () => {
    const sources = [
      src('fra-2020', 'http://example.org/a'),
      src('fra-2020', 'http://example.org/a'),
      src('fra-2020', 'https://example.org/b', { language: 'EN' }),
      src('fra-2020', 'https://example.org/b', { language: 'EN' }),
    ];
    expect(problemsOf({ sources })).toHaveLength(4);
    // An unreadable publication date leaves the row out, rather than failing the whole check.
    expect(problemsOf({ sources: [src('fra-2020', undefined, { published: 'last year' })] })).toEqual([
      'sources.csv:2:62: "published" is "last year", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
    ]);
  });

  it('reads nothing below a wrong header, so its rows cause no further messages', () => {
    const text = csv(`${ACTIONS_HEADER},comment`, `${act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2099' })},x`);
    expect(problemsOf({ actionsText: text, coverage: ['FRA,2024-01-02,actions,Journal officiel,'] })).toEqual([
      `actions.csv:1:114: unknown column "comment"; the columns are: ${ACTIONS_HEADER}`,
    ]);
    const missing = csv(ACTIONS_HEADER.replace(',notes', ''));
    expect(problemsOf({ actionsText: missing, coverage: ['FRA,2024-01-02,actions,Journal officiel,'] })).toEqual([
      `actions.csv:1:1: missing column "notes"; the header must be: ${ACTIONS_HEADER}`,
    ]);
  });

  it('reports an empty actions file once, and its sources are not orphans', () => {
    expect(problemsOf({ actionsText: '', sources: [src('fra-2020')], coverage: ['FRA,2024-01-02,actions,Journal officiel,'] })).toEqual([
      `actions.csv:1:1: the file is empty; add the header row: ${ACTIONS_HEADER}`,
    ]);
  });

  it('points at the first extra field of a row that has too many, and at the last field of one that has too few', () => {
    const text = csv(ACTIONS_HEADER, `${act({ id: 'fra-2020', jurisdiction: 'FRA', date: '2020' })},extra,more`, 'deu-2020,DEU,2020');
    const tail = '; quote any value that contains a comma ("like, this")';
    expect(problemsOf({ actionsText: text, sources: [] })).toEqual([
      `actions.csv:2:78: this row has 16 fields but the header has 14${tail}`,
      `actions.csv:3:14: this row has 3 fields but the header has 14${tail}`,
    ]);
  });

  it('leaves an action in an unknown place out of the checks against it: one error, one message', () => {
    // Both dated before the atlas's start: only the place is reported.
    const rows = [act({ id: 'zzz-2018', jurisdiction: 'ZZZ', date: '2018' }), act({ id: 'atf-2018', jurisdiction: 'ATF', date: '2018' })];
    expect(problemsOf({ actions: rows })).toEqual([
      'actions.csv:2:10: "ZZZ" is neither an ISO 3166-1 alpha-3 code nor a body in data/shared/bodies.csv; use a code such as USA, or add the body',
      'actions.csv:3:10: "ATF" is not drawn on the map (Natural Earth 1:50m); record it under the country that governs it, or add it to data/shared/bodies.csv',
    ]);
  });

  it('leaves an action with a broken date out of the checks against it: one error, one message', () => {
    const rows = [
      act({ id: 'ita-2020', jurisdiction: 'ITA', date: '2020', effective: 'soon' }),
      act({ id: 'deu-2020', jurisdiction: 'DEU', date: '2020', ends: 'later' }),
    ];
    const coverage = ['ITA,2024-01-02,nothing-found,Gazzetta,', 'DEU,2024-01-02,nothing-found,Bundesanzeiger,'];
    expect(problemsOf({ actions: rows, coverage })).toEqual([
      'actions.csv:2:19: "effective" is "soon", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
      'actions.csv:3:20: "ends" is "later", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
    ]);
  });
});

describe('validateAtlas: coverage against the actions', () => {
  it('counts an action dated on the day of the check as found by it', () => {
    const rows = [act({ id: 'ita-2024', jurisdiction: 'ITA', date: '2024-01-02' })];
    expect(problemsOf({ actions: rows, coverage: ['ITA,2024-01-02,nothing-found,Gazzetta,'] })).toEqual([
      'coverage.csv:2:16: ITA is marked "nothing-found" on 2024-01-02, but action "ita-2024" (2024-01-02) was already recorded by then; mark it actions',
    ]);
  });
});

describe('validateAlliances', () => {
  const ALLIANCES = ['id,name,short,description', 'nato,North Atlantic Treaty Organization,NATO,A defence alliance.', 'eu,European Union,EU,A union.'];
  const alliances = (...memberships: string[]) =>
    validateAlliances(
      {
        alliances: {
          name: 'alliances.csv',
          text: csv(...translated(ALLIANCES, { name: 'Name', short: 'Short', description: 'Description.' })),
        },
        memberships: { name: 'memberships.csv', text: csv('alliance,member,from,to,notes', ...memberships) },
      },
      reference(),
    );

  it('compiles each alliance with its members and their periods', () => {
    const { value, problems } = alliances('nato,FRA,1949-04-04,1966-06,Founder.', 'nato,FRA,2009-04,,', 'nato,USA,1949-04-04,,', 'eu,ITA,1958,,');
    expect(problems).toEqual([]);
    expect(value?.format).toBe(1);
    expect(value?.alliances.map((a) => [a.id, a.name, a.short, a.description])).toEqual([
      ['nato', 'North Atlantic Treaty Organization', 'NATO', 'A defence alliance.'],
      ['eu', 'European Union', 'EU', 'A union.'],
    ]);
    expect(value?.alliances[1].members).toEqual([{ member: 'ITA', from: { iso: '1958', precision: 'year' }, to: null, notes: '' }]);
    expect(value?.alliances[0].members.map((m) => [m.member, m.from.iso, m.to?.iso ?? null, m.notes])).toEqual([
      ['FRA', '1949-04-04', '1966-06', 'Founder.'],
      ['FRA', '2009-04', null, ''],
      ['USA', '1949-04-04', null, ''],
    ]);
  });

  it('accepts a membership of one day, and one that starts the day after another ends', () => {
    expect(alliances('nato,FRA,2000-01-01,2000-01-01,', 'nato,FRA,2000-01-02,2000-12,', 'nato,FRA,2001,,').problems).toEqual([]);
    // In any order: an earlier period listed after a later one.
    expect(alliances('nato,FRA,2006-01-01,,', 'nato,FRA,2000,2005-12-31,').problems).toEqual([]);
  });

  it('refuses periods of one member that share a day, whichever comes first in the table', () => {
    expect(messages(alliances('nato,FRA,2000,2005-12-31,', 'nato,FRA,2005-12-31,,'))).toEqual([
      "memberships.csv:3:10: FRA's membership of nato overlaps the one on line 2; end one before the other starts, or merge the rows",
    ]);
    expect(messages(alliances('nato,FRA,2006-01-01,,', 'nato,FRA,2000,2006-01-01,'))).toEqual([
      "memberships.csv:3:10: FRA's membership of nato overlaps the one on line 2; end one before the other starts, or merge the rows",
    ]);
    // Other members, and other alliances, are other periods.
    expect(alliances('nato,FRA,2000,,', 'nato,USA,2000,,', 'eu,FRA,2000,,').problems).toEqual([]);
  });

  it('leaves a membership with a broken end out of the overlap check: one error, one message', () => {
    expect(messages(alliances('nato,FRA,2000,soon,', 'nato,FRA,2010,,'))).toEqual([
      'memberships.csv:2:15: "to" is "soon", which is not a real date; write it as YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known',
    ]);
  });

  it('refuses a membership that ends in the future, naming the column', () => {
    expect(messages(alliances('nato,FRA,2000,2025-01-01,'))).toEqual([
      'memberships.csv:2:15: "to" is 2025-01-01, which is in the future; record an action only once it has happened',
    ]);
  });
});
