/**
 * A standalone SVG of the map for slides and handouts: title, date, map, legend with counts,
 * and the credit line, all with inline colours (an exported file has no stylesheet). A region's
 * model gives the region's slide: its projection and framing, its context countries dimmed as
 * on screen, and the subtitle saying that the counts are the region's.
 */
import type { MapModel } from './model.ts';
import { DEFAULT_REGION, inRegion } from './regions.ts';
import { escapeHtml as esc } from '../text/escape.ts';
import { LIGHT, OVERLAY_DASH } from './palette.ts';
import { wrapText } from '../text/wrap.ts';
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
  /** The language of the slide's words (its `lang` attribute); English unless given. */
  lang?: string;
  /** What the legend says of its counts in a region view, in the slide's language (Localizer.countsScope); none for the world. */
  scope?: string | null;
  /** Alliance outlines on the date, as the reader has them on: paths in the model's projection and units. */
  overlays?: readonly { id: string; name: string; d: string }[];
  /** The country the reader opened, outlined. */
  highlight?: string | null;
  /** The canvas: 1920 × 1080 (a slide) unless the time-lapse asks for the square. */
  width?: number;
  height?: number;
  /** The date line's size in px: 32 on a slide; the time-lapse shows it large. */
  dateSize?: number;
}

/** Context countries (in a region's frame, not in its list): as quiet as on screen. */
const CONTEXT_OPACITY = 0.4;

/** Characters per credit line at 22 px across 1800 px: the credit wraps instead of running off. */
const CREDIT_CHARS = 140;
/** Below this width the legend takes two items a row instead of three, or long labels collide. */
const WIDE = 1600;

function fill(level: Level): string {
  if (level === 'cleared') return 'url(#hatch)';
  if (level === 'advisory') return 'url(#dots)';
  return LIGHT.levels[level];
}

/** 16:9 at 1920 wide by default: sized for slides. */
export function exportSvg(input: ExportInput): string {
  const { model, width: W = 1920, height: H = 1080, dateSize = 32 } = input;
  const region = model.region ?? DEFAULT_REGION;
  const overlays = input.overlays ?? [];
  const credit = wrapText(input.credit, Math.floor((CREDIT_CHARS * (W - 120)) / 1800));
  const creditTop = H - 36 - (credit.length - 1) * 28;
  // Two rows of three on a slide (the labels are long enough to collide in one row), rows of two when narrower.
  const perRow = W >= WIDE ? Math.ceil(input.scale.length / 2) : 2;
  const rows = Math.ceil(input.scale.length / perRow);
  // Legend rows sit above the credit, with one more row for the overlays' key when there are any.
  const legendTop = creditTop - 60 - 40 * (rows - 1 + (overlays.length ? 1 : 0));
  const dateY = 94 + dateSize;
  const mapTop = dateY + 24;
  const scale = Math.min((W - 120) / model.width, (legendTop - 30 - mapTop) / model.height);
  const mapX = (W - model.width * scale) / 2;
  // Centred in the height left when the width is the limit (the square time-lapse frame).
  const mapY = mapTop + (legendTop - 30 - mapTop - model.height * scale) / 2;
  const paths = model.countries
    .map((c) => {
      const level = input.statusOf(c.id);
      const f = fill(level);
      const dim = inRegion(region, c.id) ? '' : ` opacity="${CONTEXT_OPACITY}"`;
      const shape = c.d ? `<path data-id="${c.id}" d="${c.d}" fill="${f}"${dim}/>` : '';
      // As on screen: tiny states get a marker once they have a status.
      const marker =
        c.marker && level !== 'none'
          ? `<circle cx="${c.marker[0]}" cy="${c.marker[1]}" r="4" fill="${f}" stroke="${LIGHT.fg}" stroke-width="0.8"/>`
          : '';
      return shape + marker;
    })
    .join('');
  const chosen = model.countries.find((c) => c.id === input.highlight);
  const highlight = chosen
    ? `<g data-highlight="${esc(chosen.id)}" fill="none" stroke="${LIGHT.fg}" stroke-width="2.2">${
        chosen.d ? `<path d="${chosen.d}"/>` : ''
      }${chosen.marker ? `<circle cx="${chosen.marker[0]}" cy="${chosen.marker[1]}" r="7"/>` : ''}</g>`
    : '';
  const dash = (id: string): string => OVERLAY_DASH[id] ?? 'none';
  const outlines = overlays
    .map(
      (o) =>
        `<g data-overlay="${esc(o.id)}" fill="none" stroke-linejoin="round"><path d="${o.d}" stroke="${LIGHT.bg}" stroke-width="3" opacity="0.6"/><path d="${o.d}" stroke="${LIGHT.outline}" stroke-width="1.3" stroke-dasharray="${dash(o.id)}"/></g>`,
    )
    .join('');
  const itemW = (W - 120) / perRow;
  const legend = input.scale
    .map((s, i) => {
      const x = 60 + (i % perRow) * itemW;
      const y = legendTop + Math.floor(i / perRow) * 40;
      return `<rect x="${x}" y="${y}" width="36" height="26" fill="${fill(s.level)}" stroke="${LIGHT['swatch-edge']}"/><text x="${x + 46}" y="${y + 21}" font-size="24">${esc(s.label)} (${input.counts[s.level]})</text>`;
    })
    .join('');
  const key = overlays
    .map((o, i) => {
      const x = 60 + i * 300;
      const y = legendTop + 40 * rows + 13;
      return `<line x1="${x}" x2="${x + 36}" y1="${y}" y2="${y}" stroke="${LIGHT.outline}" stroke-width="2.5" stroke-dasharray="${dash(o.id)}"/><text x="${x + 46}" y="${y + 8}" font-size="24">${esc(o.name)}</text>`;
    })
    .join('');
  const creditText = credit.map((line, i) => `<tspan x="60" y="${creditTop + i * 28}">${esc(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${esc(input.lang ?? 'en')}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" data-region="${region}" font-family="Helvetica, Arial, sans-serif" fill="${LIGHT.fg}">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${LIGHT.levels.cleared}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${LIGHT.hatch}" stroke-width="2"/></pattern><pattern id="dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${LIGHT.levels.advisory}"/><circle cx="2.5" cy="2.5" r="0.9" fill="${LIGHT.dots}"/></pattern></defs>
<rect width="${W}" height="${H}" fill="${LIGHT.bg}"/>
<text x="60" y="80" font-size="52" font-weight="600">${esc(input.title)}</text>
<text x="60" y="${dateY}" font-size="${dateSize}" fill="${dateSize > 32 ? LIGHT.fg : LIGHT.muted}">${esc(input.scope ? `${input.date} · ${input.scope}` : input.date)}</text>
<clipPath id="frame"><rect width="${model.width}" height="${model.height}"/></clipPath>
<g transform="translate(${mapX.toFixed(1)} ${+mapY.toFixed(1)}) scale(${scale.toFixed(4)})" clip-path="url(#frame)">
<path d="${model.sphere}" fill="${LIGHT.sea}"/><path d="${model.other}" fill="${LIGHT.levels.none}"/>
<g stroke="${LIGHT['land-edge']}" stroke-width="0.6">${paths}</g>
${outlines}${highlight}
</g>
${legend}${key}
<text font-size="22" fill="${LIGHT.muted}">${creditText}</text>
</svg>`;
}
