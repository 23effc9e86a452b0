// @vitest-environment jsdom
// jsdom for its strict XML parser and for reading the entries' HTML.
import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { atlasToAtom } from './atom.ts';
import { acmeAtlas } from '../../../tests/fixtures/acme.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

const SITE = 'https://atlas.example.org/';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const atlas = acmeAtlas();
const xml = atlasToAtom(atlas, SITE);
const feed = parseAtomFeed(xml);
const entries = feed.entries ?? [];

/** A strict XML parser: feed readers reject what is not well-formed, whatever a lenient parser makes of it. */
function wellFormed(text: string): boolean {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('actions.atom', () => {
  it('is well-formed XML', () => {
    expect(wellFormed('<feed><entry></feed>'), 'the checker itself').toBe(false);
    expect(wellFormed(xml)).toBe(true);
  });

  it('describes the atlas: title, subtitle, data-as-of date, self and page links', () => {
    expect(feed.title?.value).toBe('Who bans Acme?');
    expect(feed.subtitle?.value).toBe('A tiny atlas used only by the tests.');
    expect(feed.updated).toBe('2024-01-01T00:00:00Z');
    expect(feed.id).toBe(`${SITE}data/acme/actions.atom`);
    expect(feed.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'self', href: `${SITE}data/acme/actions.atom` }),
        expect.objectContaining({ rel: 'alternate', href: `${SITE}?atlas=acme` }),
      ]),
    );
  });

  it('has one entry per action, each with a unique id, a link and RFC 3339 dates', () => {
    expect(entries).toHaveLength(atlas.actions.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(atlas.actions.length);
    for (const e of entries) {
      expect(e.updated).toMatch(RFC3339);
      expect(e.published).toMatch(RFC3339);
      expect(Number.isNaN(Date.parse(e.updated as string))).toBe(false);
      expect(e.links?.find((l) => l.rel === 'alternate')?.href).toMatch(/^https:\/\/atlas\.example\.org\/\?atlas=acme&country=[A-Z]{3}&date=\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('titles an entry "Jurisdiction: Level" and dates a month from its first day', () => {
    const fra = entries.find((e) => e.id === `${SITE}?atlas=acme#fra-2020`);
    expect(fra?.title?.value).toBe('France: Warning');
    expect(fra?.updated).toBe('2020-03-01T00:00:00Z');
    expect(fra?.summary?.value).toBe('France warned against Acme.');
    expect(fra?.links?.[0].href).toBe(`${SITE}?atlas=acme&country=FRA&date=2020-03-01`);
  });

  it('gives the jurisdiction, level, date with precision, scope, authority and sources as links in the content', () => {
    const fra = entries.find((e) => e.id === `${SITE}?atlas=acme#fra-2020`);
    const html = fra?.content?.value as string;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const dl = [...doc.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(dl).toEqual([
      ['Jurisdiction', 'France'],
      ['Level', 'Warning'],
      ['Date', 'March 2020 (known to the month)'],
      ['Scope', 'Everyone'],
      ['Authority', 'Agency'],
      ['Instrument', 'Note'],
    ]);
    expect([...doc.querySelectorAll('a')].map((a) => a.href)).toEqual(['https://example.org/fra']);
  });

  it('lists the newest action first', () => {
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated as string)].sort().reverse());
  });

  it('escapes text, so a summary with markup stays text and the feed stays well-formed', () => {
    const nasty = { ...action('x-1', 'AAA', '2020', 'context'), summary: 'A <b>bold</b> & "quoted" claim.' };
    const text = atlasToAtom(atlasOf(['AAA'], { actions: [nasty] }), SITE);
    expect(wellFormed(text)).toBe(true);
    const entry = parseAtomFeed(text).entries?.[0];
    expect(entry?.summary?.value).toBe('A <b>bold</b> & "quoted" claim.');
    expect(entry?.title?.value).toBe('AAA: Context (sets no status)');
    const doc = new DOMParser().parseFromString(entry?.content?.value as string, 'text/html');
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('A <b>bold</b> & "quoted" claim.');
  });
});
