/** The built Atom feed, and the pages' links to it, as a feed reader finds them. */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtomFeed } from 'feedsmith';

const DIST = join(import.meta.dirname, '../../dist');
const read = (p: string): string => readFileSync(join(DIST, p), 'utf8');

describe('actions.atom', () => {
  it('has one entry per action of the compiled atlas, each with a link', () => {
    const atlas = JSON.parse(read('data/kaspersky/events.json')) as { actions: unknown[] };
    const feed = parseAtomFeed(read('data/kaspersky/actions.atom'));
    expect(feed.entries).toHaveLength(atlas.actions.length);
    for (const e of feed.entries ?? []) expect(e.links?.[0]?.href).toMatch(/^https?:\/\//);
  });

  it.each([
    ['index.html', ''],
    ['embed/index.html', 'embed/'],
  ])('is linked from the head of %s for every atlas, default first, at paths that exist', (page, dir) => {
    const html = read(page);
    const head = html.slice(0, html.indexOf('</head>'));
    const links = [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)" title="[^"]+">/g)].map(
      (m) => m[1],
    );
    const atlases = JSON.parse(read('data/atlases.json')) as string[];
    expect(links.map((href) => href.split('/').at(-2))).toEqual(atlases);
    for (const href of links) expect(existsSync(join(DIST, dir, href)), href).toBe(true);
  });
});
