/** The methodology page as the build writes it from data/README.md. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/read-data.ts';
import { markdownToHtml } from '../../scripts/markdown.ts';

describe('the methodology page', () => {
  const html = markdownToHtml(readFileSync(join(ROOT, 'data/README.md'), 'utf8'));

  it('gives every table region its own name, so screen-reader landmarks can be told apart', () => {
    const labels = [...html.matchAll(/role="region" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(3);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('coverage.csv: Column, Required, Meaning');
  });
});
