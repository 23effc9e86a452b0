/**
 * Reads an atlas's story.csv against the compiled atlas: a guided walk through its actions,
 * one step a row. Every problem names file, line, column and the fix, as for the other tables.
 * The rules (data/README.md, "story.csv"): steps numbered 1, 2, 3… in order; a day between the
 * atlas's start and today; a known region, country and alliances; a caption of at most
 * MAX_CAPTION_WORDS words ending with a full stop; and a caption backed by its actions: at least
 * one, each known and dated on or before the step, and the step's country the jurisdiction of
 * at least one of them.
 */
import { parsePartialDate } from './dates.ts';
import { isRegion, REGIONS } from '../geo/regions.ts';
import { Collector, readDate, readJurisdiction, readTable, type Reference, type Result, type TextFile } from './validate.ts';
import type { Action, CompiledAtlas, CompiledStory, StoryStep } from './types.ts';

export const STORY_COLUMNS = ['step', 'date', 'region', 'country', 'overlays', 'title', 'caption', 'actions'] as const;
/** A caption is read in one glance beside the map: a short paragraph, no more. */
export const MAX_CAPTION_WORDS = 60;

export interface StoryContext {
  ref: Reference;
  atlas: CompiledAtlas;
  /** Every alliance id, in canonical order. */
  alliances: readonly string[];
}

const ids = (text: string): string[] => text.split(/[\s;,]+/).filter(Boolean);
const firstDay = (a: Action): number => parsePartialDate(a.date.iso)?.day ?? Infinity;

export function validateStory(file: TextFile, ctx: StoryContext): Result<CompiledStory> {
  const out = new Collector();
  const name = file.name;
  const start = parsePartialDate(ctx.atlas.atlas.start)?.day ?? -Infinity;
  const actions = new Map(ctx.atlas.actions.map((a) => [a.id, a]));
  const steps: StoryStep[] = [];
  const table = readTable(file, { columns: STORY_COLUMNS, optional: ['region', 'country', 'overlays'] }, out);
  // A row left out for an empty value still holds its number, so the steps after it are not misnumbered.
  const complete = new Set(table.rows.map((r) => r.step.value));
  const skipped = new Set([...table.keys].filter((k) => !complete.has(k)));
  let expected = 0;
  for (const r of table.rows) {
    expected += 1;
    while (skipped.has(String(expected)) && r.step.value !== String(expected)) expected += 1;
    if (r.step.value !== String(expected)) {
      out.add(name, r.step, `"step" is "${r.step.value}" but this is step ${expected}; number the steps 1, 2, 3… in order`);
    }
    const date = readDate(name, r.date, 'date', { today: ctx.ref.today, dayOnly: true, futureFix: 'a step shows a day that has happened' }, out);
    if (date && date.day < start) {
      out.add(name, r.date, `"date" is ${date.iso}, before the atlas's start (${ctx.atlas.atlas.start}); move the step on or after it`);
    }
    if (r.region.value && !isRegion(r.region.value)) {
      out.add(name, r.region, `region "${r.region.value}" is not a map region; use one of: ${REGIONS.join(', ')}, or leave it empty`);
    }
    const overlays = ids(r.overlays.value);
    for (const o of overlays.filter((o) => !ctx.alliances.includes(o))) {
      out.add(name, r.overlays, `no alliance "${o}"; use ids from data/alliances/alliances.csv: ${ctx.alliances.join(', ')}`);
    }
    const cited: Action[] = [];
    // Known actions, dated right or not: a late one is one problem, not also a country mismatch.
    const named: Action[] = [];
    for (const id of ids(r.actions.value)) {
      const a = actions.get(id);
      if (a) named.push(a);
      if (!a) out.add(name, r.actions, `no action has the id "${id}"; cite ids from the atlas's actions.csv`);
      else if (date && firstDay(a) > date.day) {
        out.add(name, r.actions, `action "${id}" is dated ${a.date.iso}, after this step (${date.iso}); move the step later or cite an earlier action`);
      } else cited.push(a);
    }
    const country = r.country.value;
    if (country && readJurisdiction(name, r.country, ctx.ref, out) && !named.some((a) => a.jurisdiction === country)) {
      out.add(name, r.country, `no action this step cites is ${country}'s; cite one of its actions, or name the country of one the step cites`);
    }
    const words = r.caption.value.split(/\s+/).length;
    if (words > MAX_CAPTION_WORDS) {
      out.add(name, r.caption, `the caption has ${words} words; keep it to ${MAX_CAPTION_WORDS} or fewer`);
    }
    if (!/[.!?]["”)]?$/.test(r.caption.value)) out.add(name, r.caption, 'the caption must end with a full stop');
    if (!date) continue;
    steps.push({
      date: date.iso,
      ...(r.region.value ? { region: r.region.value } : {}),
      country: country || null,
      overlays: ctx.alliances.filter((a) => overlays.includes(a)),
      title: r.title.value,
      caption: r.caption.value,
      actions: cited.map((a) => a.id),
    });
  }
  if (table.headerOk && expected === 0) out.add(name, { line: 1, column: 1 }, 'the story has no steps; add a row for step 1');
  if (out.problems.length) return { value: null, problems: out.problems };
  return { value: { format: 1, atlas: ctx.atlas.atlas.id, steps }, problems: [] };
}
