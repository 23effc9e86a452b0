/** Switching language: all of a locale's words arrive, then the switch happens in one step. */
import { describe, expect, it } from 'vitest';
import type { LocaleSource } from './locale.svelte.ts';
import en from '../lib/i18n/messages/en.ts';
import de from '../lib/i18n/messages/de.ts';
import type { SharedText } from '../lib/data/types.ts';
import { acmeApp } from '../../tests/fixtures/app.ts';

const shared = (locale: string): SharedText => ({
  format: 1,
  locale,
  countries: { AUS: 'Australien' },
  scale: {},
  alliances: {},
});

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function make(source?: LocaleSource) {
  return acmeApp({ atlases: ['acme', 'other'], localeSource: source });
}

describe('LocaleState', () => {
  it('switches once every part is loaded, and the sentence and names follow', async () => {
    const messages = deferred<typeof en>();
    const app = make({ messages: () => messages.promise, shared: async (l) => shared(l), atlasText: async () => null });
    const before = app.time.sentence;
    const switching = app.locale.set('de');
    await Promise.resolve();
    // Still English while the catalogue is on its way: nothing half-translated.
    expect(app.locale.current).toBe('en');
    expect(app.time.sentence).toBe(before);
    messages.resolve(de);
    await switching;
    expect(app.locale.current).toBe('de');
    expect(app.t.m).toBe(de);
    expect(app.time.sentence).toMatch(/^Am 1\. Januar 2024 /);
    expect(app.time.nameOf('AUS')).toBe('Australien');
  });

  it('lets a later choice overtake one still loading', async () => {
    const slow = deferred<typeof en>();
    const app = make({
      messages: (l) => (l === 'de' ? slow.promise : Promise.resolve(en)),
      shared: async () => null,
      atlasText: async () => null,
    });
    const first = app.locale.set('de');
    await app.locale.set('en');
    slow.resolve(de);
    await first;
    expect(app.locale.current).toBe('en');
  });

  it('keeps the data text in English when its file fails, and says so', async () => {
    const app = make({
      messages: async () => de,
      shared: () => Promise.reject(new Error('404')),
      atlasText: () => Promise.reject(new Error('404')),
    });
    await app.locale.set('de');
    expect(app.locale.current).toBe('de');
    expect(app.t.country('AUS')).toEqual({ text: 'Australia', lang: 'en' });
  });

  it('refuses to switch without a source, and stays put', async () => {
    const app = make();
    await expect(app.locale.set('de')).rejects.toThrow(/LocaleSource/);
    expect(app.locale.current).toBe('en');
    await app.locale.set('en');
    expect(app.locale.current).toBe('en');
  });

  it('writes lang= only for a language the reader asked for, and only in the explorer URL', async () => {
    const app = make({ messages: async () => de, shared: async () => null, atlasText: async () => null });
    await app.locale.set('de', false);
    expect(app.locale.chosen).toBe(false);
    expect(app.query()).toBe('');
    await app.locale.set('de');
    expect(app.query()).toBe('lang=de');
    expect(app.embedQuery({ pinDate: false, title: true, controls: true, theme: 'auto', lang: 'de', region: 'world' })).toBe('');
    expect(app.localePath()).toBe('./de/');
    expect(app.localePath('en')).toBe('./');
  });

  it('applies lang= from the URL for a language with a catalogue, and ignores the rest', async () => {
    const app = make({ messages: async (l) => (l === 'de' ? de : en), shared: async () => null, atlasText: async () => null });
    app.applyUrl('?lang=pl');
    await Promise.resolve();
    expect(app.locale.current).toBe('en');
    app.applyUrl('?lang=de');
    await new Promise((r) => setTimeout(r, 0));
    expect(app.locale.current).toBe('de');
  });
});
