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
  const draw = (lang?: string) =>
    exportSvg({
      lang,
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
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" lang="en" width="1920" height="1080"/);
    expect(draw('de')).toMatch(/^<svg [^>]*lang="de" width/);
    expect(svg).toContain('Title &amp; &quot;quotes&quot;');
    expect(svg).toContain('Status on 1 March 2025');
    expect(svg).toContain('L government &lt;x&gt; (1)');
    expect(svg).toContain('Source: test');
  });

  it('colours shapes by status with inline colours, and marks tiny states only once they have one', () => {
    const svg = draw();
    expect(svg).toContain(`<path data-id="AAA" d="M1 1l5 0 0 5z" fill="${LIGHT.levels.government}"/>`);
    expect(svg).toContain('data-region="world"');
    expect(svg).toContain(`<circle cx="50" cy="25" r="4" fill="${LIGHT.levels.partial}"`);
    expect(svg).not.toContain('cx="60"');
  });
});

describe('the export palette', () => {
  it('matches the light theme of the stylesheet', () => {
    const css = readFileSync(join(import.meta.dirname, '../../styles/theme.css'), 'utf8');
    const light = (token: string) => new RegExp(`--${token}: light-dark\\((#[0-9a-f]{6}),`).exec(css)?.[1];
    for (const [level, colour] of Object.entries(LIGHT.levels)) expect(light(`l-${level}`), level).toBe(colour);
    expect(light('hatch')).toBe(LIGHT.hatch);
    expect(light('dots')).toBe(LIGHT.dots);
    expect(light('sea')).toBe(LIGHT.sea);
  });
});

describe("exportSvg of a region's map", () => {
  const europe: MapModel = {
    ...model,
    region: 'europe',
    countries: [
      { id: 'DEU', d: 'M1 1l5 0 0 5z', marker: null },
      { id: 'TUR', d: 'M20 1l5 0 0 5z', marker: null },
    ],
  };
  const draw = () =>
    exportSvg({
      model: europe,
      statusOf: () => 'partial',
      scale,
      counts: { none: 0, cleared: 0, advisory: 0, partial: 1, government: 0, nationwide: 0 },
      title: 'T',
      date: 'Status on 1 March 2025',
      scope: 'Counts: Europe only',
      credit: 'C',
    });

  it('names the region, and says the counts are its own', () => {
    const svg = draw();
    expect(svg).toContain('data-region="europe"');
    expect(svg).toContain('>Status on 1 March 2025 · Counts: Europe only</text>');
  });

  it('dims the countries drawn only as context, as the screen does', () => {
    const svg = draw();
    expect(svg).toContain(`<path data-id="DEU" d="M1 1l5 0 0 5z" fill="${LIGHT.levels.partial}"/>`);
    expect(svg).toContain(`<path data-id="TUR" d="M20 1l5 0 0 5z" fill="${LIGHT.levels.partial}" opacity="0.4"/>`);
  });

  it("clips the map to the region's frame, so outlines cut outside it stay off the slide", () => {
    const svg = draw();
    expect(svg).toContain('<clipPath id="frame"><rect width="100" height="50"/></clipPath>');
    expect(svg).toMatch(/<g transform="[^"]+" clip-path="url\(#frame\)">/);
  });
});

describe('exportSvg with what the reader chose', () => {
  const svg = exportSvg({
    model,
    statusOf: () => 'none',
    scale,
    counts: { none: 3, cleared: 0, advisory: 0, partial: 0, government: 0, nationwide: 0 },
    title: 'T',
    date: 'D',
    credit: `Source: a long credit line that must wrap ${'word '.repeat(40)}https://atlas.example/?date=2025-01-01&overlays=five-eyes,nato&country=USA`,
    overlays: [
      { id: 'five-eyes', name: 'Five Eyes', d: 'M0 0h10' },
      { id: 'nato', name: 'NATO', d: 'M5 5h10' },
    ],
    highlight: 'AAA',
  });

  it('draws each overlay in its own group, with its dash, and names it in the key', () => {
    expect(svg).toContain('<g data-overlay="five-eyes" fill="none"');
    expect(svg).toMatch(/<g data-overlay="nato"[^>]*>.*stroke-dasharray="9 4"/);
    expect(svg).toContain('>NATO</text>');
    expect(svg).toContain('>Five Eyes</text>');
  });

  it('outlines the chosen country', () => {
    expect(svg).toContain(
      '<g data-highlight="AAA" fill="none" stroke="#1b1b1b" stroke-width="2.2"><path d="M1 1l5 0 0 5z"/></g>',
    );
  });

  it('wraps the credit inside the slide, each line within 140 characters', () => {
    const lines = [...svg.matchAll(/<tspan x="60" y="(\d+)">([^<]*)<\/tspan>/g)];
    expect(lines.length).toBeGreaterThan(1);
    for (const [, y, text] of lines) {
      expect(text.length).toBeLessThanOrEqual(140);
      expect(Number(y)).toBeLessThanOrEqual(1080 - 36);
    }
    expect(lines.at(-1)?.[1]).toBe(String(1080 - 36));
  });
});

describe('the map on the slide', () => {
  it('fits a wide map to the slide’s width, 60 px in from each side', () => {
    const wide: MapModel = { ...model, width: 1000, height: 50 };
    const svg = exportSvg({
      model: wide,
      statusOf: () => 'none',
      scale,
      counts: { none: 3, cleared: 0, advisory: 0, partial: 0, government: 0, nationwide: 0 },
      title: 'Wide',
      date: 'Status on 1 March 2025',
      credit: 'Source: test.',
    });
    // Width-bound, so it is centred in the height left between the date (150) and the legend.
    expect(svg).toContain('<g transform="translate(60.0 487) scale(1.8000)" clip-path="url(#frame)">');
  });
});

describe('the slide, exactly', () => {
  // The whole file for a tiny model: the layout arithmetic (map scale and position, legend rows,
  // the key's row, credit lines) is part of what a newsroom gets, so every number is pinned.
  const base = {
    model,
    statusOf: (id: string) => (id === 'AAA' ? ('government' as const) : ('none' as const)),
    scale,
    counts: { none: 2, cleared: 0, advisory: 0, partial: 0, government: 1, nationwide: 0 },
    title: 'Who bans Acme?',
    date: 'Status on 1 March 2025',
  };

  it('without overlays, with a one-line credit', () => {
    expect(exportSvg({ ...base, credit: 'Source: test.' })).toMatchSnapshot();
  });

  it('of a region, its context dimmed and its counts named', () => {
    const europe: MapModel = {
      ...model,
      region: 'europe',
      countries: [{ id: 'DEU', d: 'M1 1l5 0 0 5z', marker: null }, ...model.countries],
    };
    expect(exportSvg({ ...base, model: europe, scope: 'Counts: Europe only', credit: 'Source: test.' })).toMatchSnapshot();
  });

  it('with two overlays, a chosen country and a credit over three lines', () => {
    expect(
      exportSvg({
        ...base,
        credit: `Source: ${'a long credit '.repeat(20)}https://atlas.example/?date=2025-03-01&overlays=five-eyes,nato`,
        overlays: [
          { id: 'five-eyes', name: 'Five Eyes', d: 'M0 0h10' },
          { id: 'g7', name: 'G7', d: 'M5 5h10' },
        ],
        highlight: 'BBB',
      }),
    ).toMatchSnapshot();
  });

  it('as a square time-lapse frame: a large date in full contrast, legend rows of two, a narrower credit', () => {
    const svg = exportSvg({
      ...base,
      width: 1080,
      height: 1080,
      dateSize: 72,
      credit: `Source: ${'a long credit '.repeat(12)}https://atlas.example/`,
      overlays: [{ id: 'nato', name: 'NATO', d: 'M0 0h10' }],
    });
    expect(svg).toContain(`<text x="60" y="166" font-size="72" fill="${LIGHT.fg}">Status on 1 March 2025</text>`);
    for (const [, text] of svg.matchAll(/<tspan[^>]*>([^<]*)</g)) expect(text.length).toBeLessThanOrEqual(80);
    expect(svg).toMatchSnapshot();
  });
});
