/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to whole
 * units of the viewBox, written as relative moves, with repeated points dropped. Rounding
 * the absolute position (not each delta) keeps shapes from drifting. About half the bytes
 * of d3's own absolute output, which matters because the map ships inside the HTML.
 */
export class CompactPath {
  private out = '';
  private penX = 0;
  private penY = 0;
  private ring: number[] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring.push(Math.round(x), Math.round(y));
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const n = this.ring.length;
    if (n >= 2 && this.ring[n - 2] === rx && this.ring[n - 1] === ry) return;
    this.ring.push(rx, ry);
  }

  closePath(): void {
    this.flush();
  }

  /** Points (d3 draws them as circles) are not used by country shapes. */
  arc(): void {}

  beginPath(): void {}

  /** Writes the buffered ring, unless it collapsed to fewer than three points. */
  private flush(): void {
    const r = this.ring;
    this.ring = [];
    // A closing point equal to the start adds nothing: z closes the ring.
    let n = r.length;
    if (n >= 4 && r[0] === r[n - 2] && r[1] === r[n - 1]) n -= 2;
    if (n < 6) return;
    const first = this.out === '';
    this.out += first ? `M${r[0]} ${r[1]}` : `m${r[0] - this.penX} ${r[1] - this.penY}`;
    for (let i = 2; i < n; i += 2) {
      const dx = r[i] - r[i - 2];
      const dy = r[i + 1] - r[i - 1];
      this.out += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    }
    this.out += 'z';
    // After z the pen returns to the ring's start.
    this.penX = r[0];
    this.penY = r[1];
  }

  result(): string {
    this.flush();
    const r = this.out;
    this.out = '';
    this.penX = this.penY = 0;
    return r;
  }
}

/**
 * The box [[x0, y0], [x1, y1]] of compact path data (as CompactPath writes it): what is drawn,
 * which is smaller than the shape's own bounds when outlying islets rounded away to nothing.
 */
export function pathBounds(d: string): [[number, number], [number, number]] {
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [, op, a, b] of d.matchAll(/([Mmlz])(-?\d*) ?(-?\d*)/g)) {
    if (op === 'z') {
      [x, y] = [startX, startY];
      continue;
    }
    [x, y] = op === 'M' ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
    if (op !== 'l') [startX, startY] = [x, y];
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}
