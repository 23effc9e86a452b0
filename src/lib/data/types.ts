import type { Precision } from './dates.ts';

/** The status scale, lowest first. The order is the rule: a higher level wins. */
export const LEVELS = ['none', 'cleared', 'advisory', 'partial', 'government', 'nationwide'] as const;
export type Level = (typeof LEVELS)[number];
/** What an action may set: a level, or `context` (shown in timelines, sets no status). */
export const ACTION_LEVELS = ['cleared', 'advisory', 'partial', 'government', 'nationwide', 'context'] as const;
export type ActionLevel = (typeof ACTION_LEVELS)[number];
export const CATEGORIES = [
  'ban',
  'procurement',
  'advisory',
  'review',
  'sanctions',
  'agreement',
  'court',
  'company',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
/** What the research found for a jurisdiction: recorded actions, or nothing. */
export const COVERAGE_RESULTS = ['actions', 'nothing-found'] as const;
export type CoverageResult = (typeof COVERAGE_RESULTS)[number];

/** A date as written in the data, with its precision. */
export interface DateRef {
  iso: string;
  precision: Precision;
}

export interface Source {
  url: string;
  publisher: string;
  /** The headline; in [brackets] when the editors describe a page whose headline was not verified. */
  title: string;
  published: DateRef;
  language: string;
  primary: boolean;
}

export interface Deadline {
  date: DateRef;
  text: string;
}

export interface Action {
  id: string;
  jurisdiction: string;
  date: DateRef;
  effective: DateRef | null;
  /** Last day in force (inclusive), when the action has ended. */
  ends: DateRef | null;
  level: ActionLevel;
  category: Category;
  authority: string;
  instrument: string;
  scope: string;
  deadlines: Deadline[];
  summary: string;
  confidence: Confidence;
  notes: string;
  sources: Source[];
}

export interface ScaleEntry {
  level: Level;
  label: string;
  definition: string;
}

export interface Jurisdiction {
  id: string;
  name: string;
  kind: 'country' | 'body';
}

export interface AtlasMeta {
  id: string;
  title: string;
  subject: string;
  description: string;
  credits: string;
  lastReviewed: string;
  start: string;
  /** The map region the atlas opens on (src/lib/geo/regions.ts); absent means the world. */
  region?: string;
}

/**
 * One row of coverage.csv: a jurisdiction the research has looked at. Without a row a
 * jurisdiction with no actions is "not yet researched", which the map must not pass off as
 * "nothing happened".
 */
export interface Coverage {
  jurisdiction: string;
  /** YYYY-MM-DD: the day the research was done. */
  checked: string;
  result: CoverageResult;
  /** Agencies, terms and languages searched. */
  searched: string;
  /** For readers; empty when there is nothing to add. */
  note: string;
}

/** `data/<atlas>/events.json`: the public interface, documented in data/README.md. */
export interface CompiledAtlas {
  format: 1;
  atlas: AtlasMeta;
  scale: ScaleEntry[];
  jurisdictions: Jurisdiction[];
  actions: Action[];
  /** Sorted by jurisdiction; empty when the atlas has no coverage.csv. */
  coverage: Coverage[];
}

export interface Membership {
  member: string;
  from: DateRef;
  /** Last day of membership (inclusive). */
  to: DateRef | null;
  notes: string;
}

export interface Alliance {
  id: string;
  name: string;
  short: string;
  description: string;
  members: Membership[];
}

export interface CompiledAlliances {
  format: 1;
  alliances: Alliance[];
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** `partial` or higher: what "restricts" means in every summary. */
export function restricts(level: Level): boolean {
  return levelRank(level) >= levelRank('partial');
}

/** A locale's translated shared text: public/data/i18n/<xx>.json (see data/README.md). */
export interface SharedText {
  format: 1;
  locale: string;
  countries: Record<string, string>;
  scale: Record<string, { label: string; definition: string }>;
  alliances: Record<string, { name: string; short: string; description: string }>;
}

/** A locale's translated atlas text: public/data/<atlas>/i18n/<xx>.json; actions only where translated. */
export interface AtlasText {
  format: 1;
  locale: string;
  atlas: { title: string; description: string; subject?: string; credits?: string };
  actions: Record<string, { summary?: string; scope?: string }>;
}
