import { describe, expect, it } from 'vitest';
import { exportSvg } from './export-svg.ts';
import { LIGHT } from './palette.ts';
import type { MapModel } from './model.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const model: MapModel = {
  width: 100,
  height: 50,
  sphere: 'M0 0h100v50h-100z',
  graticule: '',
  other: '',
  countries: [
    { id: 'AAA', d: 'M1 1l5 0 0 5z', marker: null },
    { id: 'BBB', d: '', marker: [50, 25] },
    { id: 'CCC', d: '', marker: [60, 25] },
  ],
};
const scale = (['none', 'cleared', 'advisory', 'partial', 'government', 'nationwide'] as const).map((level) => ({
  level,
  label: `L ${level} <x>`,
  definition: '',
}));

describe('exportSvg', () => {
  // Drawn inside each test, not at collection, so mutation testing sees which test ran what.
  const draw = () =>
    exportSvg({
      model,
      statusOf: (id) => (id === 'AAA' ? 'government' : id === 'BBB' ? 'partial' : 'none'),
      scale,
      counts: { none: 1, cleared: 0, advisory: 0, partial: 1, government: 1, nationwide: 0 },
      title: 'Title & "quotes"',
      date: 'Status on 1 March 2025',
      credit: 'Source: test',
    });

  it('is a 1920 × 1080 slide with title, date, legend counts and credit, escaped', () => {
    const svg = draw();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).toContain('Title &amp; &quot;quotes&quot;');
    expect(svg).toContain('Status on 1 March 2025');
    expect(svg).toContain('L government &lt;x&gt; (1)');
    expect(svg).toContain('Source: test');
  });

  it('colours shapes by status with inline colours, and marks tiny states only once they have one', () => {
    const svg = draw();
    expect(svg).toContain(`<path d="M1 1l5 0 0 5z" fill="${LIGHT.levels.government}"/>`);
    expect(svg).toContain(`<circle cx="50" cy="25" r="4" fill="${LIGHT.levels.partial}"`);
    expect(svg).not.toContain('cx="60"');
  });
});

describe('the export palette', () => {
  it('matches the light theme of the stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, '../../styles/app.css'), 'utf8');
    const light = (token: string) => new RegExp(`--${token}: light-dark\\((#[0-9a-f]{6}),`).exec(css)?.[1];
    for (const [level, colour] of Object.entries(LIGHT.levels)) expect(light(`l-${level}`), level).toBe(colour);
    expect(light('hatch')).toBe(LIGHT.hatch);
    expect(light('dots')).toBe(LIGHT.dots);
    expect(light('sea')).toBe(LIGHT.sea);
  });
});
