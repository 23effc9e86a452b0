/**
 * What the end-to-end tests expect, read from the built atlas (dist/data/<atlas>/events.json)
 * through the same engine the page uses: adding or correcting an action breaks no test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/read-data.ts';
import { StatusEngine, type Change } from '../../src/lib/status/engine.ts';
import { summariseDay } from '../../src/lib/status/summary.ts';
import { summarise, summaryText, type AllianceSummary } from '../../src/lib/alliances/alliances.ts';
import { dateValueText, levelLabel } from '../../src/lib/status/describe.ts';
import { formatDay, isoFromDay, parseDay } from '../../src/lib/data/dates.ts';
import type { CompiledAlliances, CompiledAtlas, Level } from '../../src/lib/data/types.ts';
import { Localizer } from '../../src/lib/i18n/localizer.ts';
import en from '../../src/lib/i18n/messages/en.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, 'dist', path), 'utf8')) as T;

export class Expected {
  readonly atlas: CompiledAtlas;
  readonly engine: StatusEngine;
  private readonly alliances: CompiledAlliances;
  private readonly names: Map<string, string>;
  /** The English page's words. */
  readonly t: Localizer;

  constructor(id = 'kaspersky') {
    this.atlas = read<CompiledAtlas>(`data/${id}/events.json`);
    this.alliances = read<CompiledAlliances>('data/alliances.json');
    this.engine = new StatusEngine(this.atlas);
    this.names = new Map(this.atlas.jurisdictions.map((j) => [j.id, j.name]));
    this.t = new Localizer({ locale: 'en', messages: en, atlas: this.atlas });
  }

  day(iso: string): number {
    return parseDay(iso) as number;
  }

  status(id: string, iso: string): Level {
    return this.engine.statusOf(id, this.day(iso));
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }

  label(level: Level): string {
    return levelLabel(this.atlas, level);
  }

  /** Every status change on the map (not bodies), oldest first. */
  changes(): Change[] {
    const countries = new Set(this.atlas.jurisdictions.filter((j) => j.kind === 'country').map((j) => j.id));
    const all = this.engine.changesBetween(this.engine.actionDays[0] - 1, this.engine.actionDays.at(-1) as number);
    return all.filter((c) => countries.has(c.jurisdiction));
  }

  /** The latest day on which exactly one country changed status, to a restricting level. */
  lastSingleChange(): Change & { iso: string; before: string } {
    const byDay = new Map<number, Change[]>();
    for (const c of this.engine.changesBetween(this.engine.actionDays[0] - 1, this.engine.actionDays.at(-1) as number))
      byDay.set(c.day, [...(byDay.get(c.day) ?? []), c]);
    const days = [...byDay.keys()].sort((a, b) => b - a);
    const day = days.find((d) => {
      const list = byDay.get(d) as Change[];
      return (
        list.length === 1 && ['partial', 'government', 'nationwide'].includes(list[0].to) && this.isCountry(list[0].jurisdiction)
      );
    });
    if (day === undefined) throw new Error('no day with a single restricting change in the atlas');
    const change = (byDay.get(day) as Change[])[0];
    return { ...change, iso: isoFromDay(day), before: isoFromDay(day - 1) };
  }

  /** A country with no action at all: grey on every date. */
  untouched(): string {
    const id = this.atlas.jurisdictions.find((j) => j.kind === 'country' && this.engine.actionsOf(j.id).length === 0)?.id;
    if (!id) throw new Error('every country has an action');
    return id;
  }

  isCountry(id: string): boolean {
    return this.atlas.jurisdictions.some((j) => j.id === id && j.kind === 'country');
  }

  counts(iso: string) {
    return summariseDay(this.engine.statusesOn(this.day(iso)), this.atlas.jurisdictions, (id) => this.name(id));
  }

  valueText(iso: string): string {
    return dateValueText(this.t, this.day(iso), this.counts(iso).counts);
  }

  alliance(id: string, iso: string): AllianceSummary & { text: string } {
    const a = this.alliances.alliances.find((x) => x.id === id);
    if (!a) throw new Error(`no alliance ${id}`);
    const s = summarise(a, this.day(iso), (j, d) => this.engine.statusOf(j, d));
    return { ...s, text: summaryText(this.t, s) };
  }

  /** The first day of the slider, as the page writes it. */
  startText(): string {
    return formatDay(this.day(this.atlas.atlas.start));
  }

  /** The first action day after `iso`. */
  nextActionAfter(iso: string): string {
    const d = this.engine.eventDays.find((x) => x > this.day(iso));
    if (d === undefined) throw new Error(`no action after ${iso}`);
    return formatDay(d);
  }
}
