/** Downloads for slides and spreadsheets: the map as SVG or PNG, the data as CSV or JSON. */
import { exportSvg } from '../lib/geo/export-svg.ts';
import { outlinesOn } from '../lib/geo/overlays.ts';
import { atlasToCsv } from '../lib/data/export.ts';
import { isoFromDay, parseDay } from '../lib/data/dates.ts';
import type { AppState } from '../state/app.svelte.ts';

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mapSvg(app: AppState): string {
  const meta = app.atlas.atlas;
  const t = app.t;
  return exportSvg({
    model: app.model,
    statusOf: (id) => app.time.statusOf(id),
    // The slide speaks the reader's language: legend, title, date and credit.
    scale: app.atlas.scale.map((s) => ({ ...s, label: t.level(s.level).text })),
    lang: t.locale,
    // The legend's own figures: the countries on the map.
    counts: app.time.summary.mapCounts,
    title: t.meta('title').text,
    date: t.m.statusOn(t.f.day(app.time.day)),
    overlays: outlinesOn(app.outlines.outlines, app.time.alliances.alliances, app.ui.overlays, app.time.day).map((o) => ({
      id: o.id,
      name: t.alliance(o, 'name').text,
      d: o.period.d,
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

export async function downloadPng(app: AppState): Promise<void> {
  const url = URL.createObjectURL(new Blob([mapSvg(app)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) save(blob, `${base(app)}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
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
