/**
 * `data/<atlas>/actions.atom`: one entry per action, so a reader or a newsroom can follow new
 * actions in a feed reader. Written by the build; links are absolute (a feed is read away from the
 * site), built from the site URL the build is given.
 */
import { escapeHtml as esc } from '../text/escape.ts';
import { formatPartialDate, isoFromDay, parsePartialDate } from './dates.ts';
import type { Action, CompiledAtlas, DateRef } from './types.ts';

/** What a feed reader shows for a level; `context` has no place on the scale. */
function levelName(atlas: CompiledAtlas, level: Action['level']): string {
  if (level === 'context') return 'Context (sets no status)';
  return atlas.scale.find((s) => s.level === level)?.label ?? level;
}

/** RFC 3339 at midnight UTC; a month or a year counts from its first day, as the status does. */
function timestamp(d: DateRef | string): string {
  const parsed = parsePartialDate(typeof d === 'string' ? d : d.iso);
  if (!parsed) throw new Error(`invalid date "${typeof d === 'string' ? d : d.iso}" in the compiled atlas; run npm run data`);
  return `${isoFromDay(parsed.day)}T00:00:00Z`;
}

/** The explorer showing this action: its jurisdiction selected, on the day it counts from. */
export function actionUrl(atlas: CompiledAtlas, a: Action, siteUrl: string): string {
  return `${siteUrl}?atlas=${encodeURIComponent(atlas.atlas.id)}&country=${a.jurisdiction}&date=${timestamp(a.date).slice(0, 10)}`;
}

/** A stable id: the site, the atlas and the action's id, which never changes once published. */
export function entryId(atlas: CompiledAtlas, a: Action, siteUrl: string): string {
  return `${siteUrl}?atlas=${encodeURIComponent(atlas.atlas.id)}#${a.id}`;
}

export function feedPath(atlasId: string): string {
  return `data/${atlasId}/actions.atom`;
}

function content(atlas: CompiledAtlas, a: Action, name: string): string {
  const row = (label: string, value: string): string => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`;
  const when = `${formatPartialDate(a.date)} (known to the ${a.date.precision})`;
  const sources = a.sources
    .map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a>, ${esc(s.publisher)}${s.primary ? ' (official document)' : ''}</li>`)
    .join('');
  return (
    `<p>${esc(a.summary)}</p><dl>` +
    row('Jurisdiction', name) +
    row('Level', levelName(atlas, a.level)) +
    row('Date', when) +
    (a.ends ? row('In force until', formatPartialDate(a.ends)) : '') +
    row('Scope', a.scope) +
    row('Authority', a.authority) +
    row('Instrument', a.instrument) +
    `</dl><p>Sources:</p><ul>${sources}</ul>`
  );
}

export function atlasToAtom(atlas: CompiledAtlas, siteUrl: string): string {
  const meta = atlas.atlas;
  const names = new Map(atlas.jurisdictions.map((j) => [j.id, j.name]));
  const self = `${siteUrl}${feedPath(meta.id)}`;
  const home = `${siteUrl}?atlas=${encodeURIComponent(meta.id)}`;
  // Newest first, as feed readers list them.
  const entries = [...atlas.actions].reverse().map((a) => {
    const name = names.get(a.jurisdiction) ?? a.jurisdiction;
    const at = timestamp(a.date);
    return [
      '  <entry>',
      `    <id>${esc(entryId(atlas, a, siteUrl))}</id>`,
      `    <title>${esc(`${name}: ${levelName(atlas, a.level)}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(actionUrl(atlas, a, siteUrl))}"/>`,
      `    <published>${at}</published>`,
      `    <updated>${at}</updated>`,
      `    <category term="${esc(a.level)}" label="${esc(levelName(atlas, a.level))}"/>`,
      `    <summary>${esc(a.summary)}</summary>`,
      // type="html": the markup is escaped once more as text, which every feed reader expects.
      `    <content type="html">${esc(content(atlas, a, name))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${esc(self)}</id>`,
    `  <title>${esc(meta.title)}</title>`,
    `  <subtitle>${esc(meta.description)}</subtitle>`,
    `  <updated>${timestamp(meta.lastReviewed)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(home)}"/>`,
    '  <author><name>Ban Atlas contributors</name></author>',
    '  <rights>Data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Ban Atlas contributors.</rights>',
    '  <generator>Ban Atlas</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
