/** Downloads for slides and spreadsheets: the map as SVG or PNG, the data as CSV or JSON. */
import { exportSvg } from '../lib/geo/export-svg.ts';
import { outlinesOn } from '../lib/geo/overlays.ts';
import { atlasToCsv } from '../lib/data/export.ts';
import { isoFromDay, parseDay } from '../lib/data/dates.ts';
import { inRegion } from '../lib/geo/regions.ts';
import type { AppState } from '../state/app.svelte.ts';

/** What the time-lapse changes on the slide: the day, the canvas and the date line. */
export interface SlideOptions {
  day?: number;
  width?: number;
  height?: number;
  dateSize?: number;
  date?: string;
}

export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The slide of the view on its date, or on another day of the span (a time-lapse frame). */
export function mapSvg(app: AppState, o: SlideOptions = {}): string {
  const meta = app.atlas.atlas;
  const t = app.t;
  const day = o.day ?? app.time.day;
  const levels = app.time.engine.statusesOn(day);
  return exportSvg({
    model: app.model,
    statusOf: (id) => levels.get(id) ?? 'none',
    // The slide speaks the reader's language: legend, title, date and credit.
    scale: app.atlas.scale.map((s) => ({ ...s, label: t.level(s.level).text })),
    lang: t.locale,
    // The legend's own figures for the frame's day: the countries on the map, or the region's in a region view.
    counts: app.time.countsFor(levels, (id) => inRegion(app.models.region, id)),
    scope: t.countsScope(app.models.region),
    title: t.meta('title').text,
    date: o.date ?? t.m.statusOn(t.f.day(day)),
    width: o.width,
    height: o.height,
    dateSize: o.dateSize,
    overlays: outlinesOn(app.outlines.outlines, app.time.alliances.alliances, app.ui.overlays, day).map((shown) => ({
      id: shown.id,
      name: t.alliance(shown, 'name').text,
      d: shown.period.d,
    })),
    highlight: app.ui.country,
    credit: t.m.exportCredit(t.meta('credits').text, t.f.day(parseDay(meta.lastReviewed) ?? app.time.day), location.href),
  });
}

function base(app: AppState): string {
  return `${app.atlas.atlas.id}-${isoFromDay(app.time.day)}`;
}

export function downloadSvg(app: AppState): void {
  save(new Blob([mapSvg(app)], { type: 'image/svg+xml' }), `${base(app)}.svg`);
}

/** Draws an SVG document onto a canvas, scaled to fill it: an image from a Blob URL (img-src allows blob:). */
export async function drawSvg(svg: string, canvas: HTMLCanvasElement): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(app: AppState): Promise<void> {
  const canvas = document.createElement('canvas');
  canvas.width = 1920;
  canvas.height = 1080;
  await drawSvg(mapSvg(app), canvas);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${base(app)}.png`);
}

export function downloadData(app: AppState, kind: 'csv' | 'json'): void {
  const t = app.t;
  const note = t.m.csvNote(
    t.meta('title').text,
    t.f.date({ iso: app.atlas.atlas.lastReviewed, precision: 'day' }),
    location.href,
  );
  const text = kind === 'csv' ? atlasToCsv(app.atlas, note) : JSON.stringify(app.atlas, null, 2);
  save(new Blob([text], { type: kind === 'csv' ? 'text/csv' : 'application/json' }), `${app.atlas.atlas.id}-events.${kind}`);
}
