// @vitest-environment jsdom
// jsdom for its strict XML parser and for reading the entries' HTML.
import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { atlasToAtom, feedPath } from './atom.ts';
import { acmeAtlas } from '../../../tests/fixtures/acme.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

const SITE = 'https://atlas.example.org/';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const atlas = acmeAtlas();
// Built in each test, not at import, so that mutation testing can tell which test ran which line.
const build = () => {
  const xml = atlasToAtom(atlas, SITE);
  const feed = parseAtomFeed(xml);
  return { xml, feed, entries: feed.entries ?? [] };
};

/** A strict XML parser: feed readers reject what is not well-formed, whatever a lenient parser makes of it. */
function wellFormed(text: string): boolean {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('actions.atom', () => {
  it('is well-formed XML', () => {
    expect(wellFormed('<feed><entry></feed>'), 'the checker itself').toBe(false);
    expect(wellFormed(build().xml)).toBe(true);
  });

  it('declares itself UTF-8 Atom and credits the contributors under CC BY 4.0', () => {
    const { xml } = build();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n')).toBe(true);
    expect(xml.endsWith('</feed>\n')).toBe(true);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const text = (tag: string) => doc.querySelector(`feed > ${tag}`)?.textContent;
    expect(text('author > name')).toBe('Ban Atlas contributors');
    expect(text('rights')).toBe('Data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Ban Atlas contributors.');
    expect(text('generator')).toBe('Ban Atlas');
  });

  it('lives where the build writes it, one feed per atlas', () => {
    expect(feedPath('tiktok')).toBe('data/tiktok/actions.atom');
  });

  it('describes the atlas: title, subtitle, data-as-of date, self and page links', () => {
    const { feed } = build();
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
    const { entries } = build();
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
    const { entries } = build();
    const fra = entries.find((e) => e.id === `${SITE}?atlas=acme#fra-2020`);
    expect(fra?.title?.value).toBe('France: Warning');
    expect(fra?.updated).toBe('2020-03-01T00:00:00Z');
    expect(fra?.summary?.value).toBe('France warned against Acme.');
    expect(fra?.links?.[0].href).toBe(`${SITE}?atlas=acme&country=FRA&date=2020-03-01`);
  });

  it('gives the jurisdiction, level, date with precision, scope, authority and sources as links in the content', () => {
    const { entries } = build();
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
    expect(doc.querySelector('li')?.textContent).toBe('France note, Example (official document)');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['France warned against Acme.', 'Sources:']);
    // Nothing else: no "In force until" for an action that has not ended.
    expect(doc.body.textContent).toBe(
      'France warned against Acme.JurisdictionFranceLevelWarningDateMarch 2020 (known to the month)' +
        'ScopeEveryoneAuthorityAgencyInstrumentNoteSources:France note, Example (official document)',
    );
  });

  it('lists every source of an action, each as its own link', () => {
    const source = (n: number) => ({
      url: `https://example.org/${n}`,
      publisher: `P${n}`,
      title: `T${n}`,
      published: { iso: '2020', precision: 'year' as const },
      language: 'en',
      primary: n === 1,
    });
    const two = { ...action('x-1', 'AAA', '2020', 'advisory'), sources: [source(1), source(2)] };
    const entry = parseAtomFeed(atlasToAtom(atlasOf(['AAA'], { actions: [two] }), SITE)).entries?.[0];
    const items = new DOMParser().parseFromString(entry?.content?.value as string, 'text/html').querySelectorAll('ul > li');
    expect([...items].map((li) => li.textContent)).toEqual(['T1, P1 (official document)', 'T2, P2']);
    // One after the other, nothing between them.
    expect(items[0].parentElement?.textContent).toBe('T1, P1 (official document)T2, P2');
  });

  it('gives when an action ends, and marks only official documents as such', () => {
    const deu = build().entries.find((e) => e.id === `${SITE}?atlas=acme#deu-2021`);
    const doc = new DOMParser().parseFromString(deu?.content?.value as string, 'text/html');
    const dl = Object.fromEntries([...doc.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(dl['Date']).toBe('1 May 2021 (known to the day)');
    expect(dl['In force until']).toBe('31 March 2022');
    const law = build().entries.find((e) => e.id === `${SITE}?atlas=acme#deu-2022`);
    const sources = new DOMParser().parseFromString(law?.content?.value as string, 'text/html').querySelectorAll('li');
    expect([...sources].map((li) => li.textContent)).toEqual(['German law, Example']);
  });

  it('files each entry under its level, named as the legend names it', () => {
    const categories = build().entries.map((e) => e.categories?.[0]);
    expect(categories).toContainEqual(expect.objectContaining({ term: 'nationwide', label: 'Nationwide ban' }));
    expect(categories).toContainEqual(expect.objectContaining({ term: 'context', label: 'Context (sets no status)' }));
    expect(build().entries.find((e) => e.id?.endsWith('#usa-2023'))?.title?.value).toBe('United States: Context (sets no status)');
  });

  it('names a jurisdiction missing from the list by its code', () => {
    const text = atlasToAtom(atlasOf([], { actions: [action('x-1', 'XYZ', '2020-05-06', 'advisory')] }), SITE);
    const entry = parseAtomFeed(text).entries?.[0];
    // No scale in this atlas: the level's id stands in for its label.
    expect(entry?.title?.value).toBe('XYZ: advisory');
    expect(entry?.links?.[0].href).toBe(`${SITE}?atlas=t&country=XYZ&date=2020-05-06`);
  });

  it('refuses to write a feed from an atlas with an impossible date, naming it and the fix', () => {
    const bad = { ...action('x-1', 'AAA', '2020', 'advisory'), date: { iso: '2020-13', precision: 'month' as const } };
    expect(() => atlasToAtom(atlasOf(['AAA'], { actions: [bad] }), SITE)).toThrow(
      'invalid date "2020-13" in the compiled atlas; run npm run data',
    );
    const undated = atlasOf(['AAA'], { atlas: { ...atlasOf([]).atlas, lastReviewed: 'soon' } });
    expect(() => atlasToAtom(undated, SITE)).toThrow('invalid date "soon" in the compiled atlas; run npm run data');
  });

  it('lists the newest action first', () => {
    const { entries } = build();
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
