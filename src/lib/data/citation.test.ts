import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citation } from './citation.ts';
import { atlasOf } from '../../../tests/fixtures/atlas.ts';

const meta = { id: 'kaspersky', title: 'Who bans Kaspersky?', subject: 'Kaspersky Lab', description: 'd', credits: 'c', start: '2014-09-16' };
const atlas = atlasOf([], { atlas: { ...meta, lastReviewed: '2026-11-23' } });

describe('citation', () => {
  it('gives APA with the data-as-of date as the version and Natural Earth credited', () => {
    expect(citation(atlas, 'https://atlas.example.org/').apa).toBe(
      'Ban Atlas contributors. (2026). Who bans Kaspersky? (Version 2026-11-23) [Data set; map data from Natural Earth]. Ban Atlas. https://atlas.example.org/?atlas=kaspersky',
    );
  });

  it('gives BibTeX with the same version', () => {
    expect(citation(atlas, 'https://atlas.example.org').bibtex).toBe(
      [
        '@misc{banatlas-kaspersky-2026-11-23,',
        '  author = {{Ban Atlas contributors}},',
        '  title = {{Who bans Kaspersky?}},',
        '  year = {2026},',
        '  version = {2026-11-23},',
        '  publisher = {Ban Atlas},',
        '  url = {https://atlas.example.org/?atlas=kaspersky},',
        '  note = {Data set, data as of 2026-11-23. Licensed CC BY 4.0. Map data from Natural Earth (public domain)},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes what BibTeX would read as commands', () => {
    const odd = atlasOf([], { atlas: { ...meta, title: 'R&D_50% {x}', lastReviewed: '2025-01-02' } });
    expect(citation(odd, 'https://a.example/').bibtex).toContain('  title = {{R\\&D\\_50\\% x}},');
  });

  it('matches the templates in the methodology (data/README.md)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../data/README.md'), 'utf8');
    const blocks = [...readme.split('## Reuse and cite')[1].matchAll(/```\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    const fill = (t: string) =>
      t
        .replaceAll('DATA-AS-OF', '2026-11-23')
        .replaceAll('YEAR', '2026')
        .replaceAll('TITLE', 'Who bans Kaspersky?')
        .replaceAll('SITE', 'https://atlas.example.org/')
        .replaceAll('ATLAS', 'kaspersky');
    const { apa, bibtex } = citation(atlas, 'https://atlas.example.org/');
    expect(blocks.map(fill)).toEqual([apa, bibtex]);
  });
});
