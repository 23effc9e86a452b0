/**
 * A standalone SVG of the map for slides and handouts: title, date, map, legend with counts,
 * and the credit line, all with inline colours (an exported file has no stylesheet).
 */
import type { MapModel } from './model.ts';
import { escapeHtml as esc } from '../text/escape.ts';
import { LIGHT } from './palette.ts';
import type { Level, ScaleEntry } from '../data/types.ts';
import type { Counts } from '../status/engine.ts';

export interface ExportInput {
  model: MapModel;
  statusOf: (id: string) => Level;
  scale: readonly ScaleEntry[];
  counts: Counts;
  title: string;
  date: string;
  credit: string;
}

function fill(level: Level): string {
  if (level === 'cleared') return 'url(#hatch)';
  if (level === 'advisory') return 'url(#dots)';
  return LIGHT.levels[level];
}

/** 16:9 at 1920 wide: sized for slides. */
export function exportSvg(input: ExportInput): string {
  const W = 1920;
  const H = 1080;
  const { model } = input;
  const mapTop = 150;
  const scale = Math.min((W - 120) / model.width, (H - mapTop - 180) / model.height);
  const mapX = (W - model.width * scale) / 2;
  const paths = model.countries
    .map((c) => {
      const level = input.statusOf(c.id);
      const f = fill(level);
      const shape = c.d ? `<path d="${c.d}" fill="${f}"/>` : '';
      // As on screen: tiny states get a marker once they have a status.
      const marker =
        c.marker && level !== 'none'
          ? `<circle cx="${c.marker[0]}" cy="${c.marker[1]}" r="4" fill="${f}" stroke="${LIGHT.fg}" stroke-width="0.8"/>`
          : '';
      return shape + marker;
    })
    .join('');
  // Two rows of three: the labels are long enough to collide in one row.
  const perRow = Math.ceil(input.scale.length / 2);
  const itemW = (W - 120) / perRow;
  const legend = input.scale
    .map((s, i) => {
      const x = 60 + (i % perRow) * itemW;
      const y = H - 150 + Math.floor(i / perRow) * 40;
      return `<rect x="${x}" y="${y}" width="36" height="26" fill="${fill(s.level)}" stroke="${LIGHT['swatch-edge']}"/><text x="${x + 46}" y="${y + 21}" font-size="24">${esc(s.label)} (${input.counts[s.level]})</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" fill="${LIGHT.fg}">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${LIGHT.levels.cleared}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${LIGHT.hatch}" stroke-width="2"/></pattern><pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${LIGHT.levels.advisory}"/><circle cx="2.5" cy="2.5" r="0.9" fill="${LIGHT.dots}"/></pattern></defs>
<rect width="${W}" height="${H}" fill="${LIGHT.bg}"/>
<text x="60" y="80" font-size="52" font-weight="700">${esc(input.title)}</text>
<text x="60" y="126" font-size="32" fill="${LIGHT.muted}">${esc(input.date)}</text>
<g transform="translate(${mapX.toFixed(1)} ${mapTop}) scale(${scale.toFixed(4)})">
<path d="${model.sphere}" fill="${LIGHT.sea}"/><path d="${model.other}" fill="${LIGHT.levels.none}"/>
<g stroke="${LIGHT['land-edge']}" stroke-width="0.6">${paths}</g>
</g>
${legend}
<text x="60" y="${H - 36}" font-size="22" fill="${LIGHT.muted}">${esc(input.credit)}</text>
</svg>`;
}
