/**
 * Map labels: a country's name, or its ISO code, where either fits inside its largest part at
 * the size the map is drawn. Text is measured by an average glyph width, which is close
 * enough for system fonts and needs no DOM.
 */

/** Average advance of a glyph of the UI font, as a fraction of the font size. */
const GLYPH = 0.6;
/** Room kept free around a label so that it does not touch the border. */
const PAD_PX = 4;

/** The text that fits a box of `w` by `h` pixels at `fontPx`: the name, else the code, else nothing. */
export function labelText(name: string, code: string, w: number, h: number, fontPx: number): string | null {
  if (h < fontPx + 2) return null;
  for (const text of [name, code]) if (text.length * fontPx * GLYPH + PAD_PX <= w) return text;
  return null;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
}

/**
 * Labels for the given countries, in viewBox units. `box` is [x, y, width, height] in viewBox
 * units, `pxPerUnit` the map's drawn scale. Labels that would overlap one placed before them
 * (ids earlier in the list win) are left out.
 */
export function placeLabels(
  items: readonly { id: string; name: string; box: readonly [number, number, number, number] }[],
  pxPerUnit: number,
  fontPx: number,
): PlacedLabel[] {
  const placed: (PlacedLabel & { w: number; h: number })[] = [];
  if (!(pxPerUnit > 0)) return [];
  for (const { id, name, box } of items) {
    const text = labelText(name, id, box[2] * pxPerUnit, box[3] * pxPerUnit, fontPx);
    if (!text) continue;
    const w = (text.length * fontPx * GLYPH) / pxPerUnit;
    const h = fontPx / pxPerUnit;
    const [x, y] = box;
    if (placed.some((p) => Math.abs(p.x - x) * 2 < p.w + w && Math.abs(p.y - y) * 2 < p.h + h)) continue;
    placed.push({ id, text, x, y, w, h });
  }
  return placed.map(({ id, text, x, y }) => ({ id, text, x, y }));
}
