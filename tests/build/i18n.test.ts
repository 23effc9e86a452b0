/** The translations as the built site serves them: one small file per language, beside the English ones. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AtlasText, SharedText } from '../../src/lib/data/types.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/data/validate.ts';

const DATA = join(import.meta.dirname, '../../dist/data');
const read = (p: string): string => readFileSync(join(DATA, p), 'utf8');
const atlases = JSON.parse(read('atlases.json')) as string[];

describe.each(TRANSLATED_LOCALES)('%s', (locale) => {
  it('has its shared file: countries, scale and alliances, under 5 KB gzipped', () => {
    const text = read(`i18n/${locale}.json`);
    const shared = JSON.parse(text) as SharedText;
    expect(shared.locale).toBe(locale);
    expect(Object.keys(shared.scale)).toHaveLength(6);
    expect(Object.keys(shared.alliances).length).toBeGreaterThanOrEqual(4);
    expect(shared.countries.DEU).toBe(new Intl.DisplayNames([locale], { type: 'region' }).of('DE'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(5 * 1024);
  });

  it.each(atlases)("has the %s atlas's file with its title and description", (atlas) => {
    const text = JSON.parse(read(`${atlas}/i18n/${locale}.json`)) as AtlasText;
    expect(text.locale).toBe(locale);
    expect(text.atlas.title).toBeTruthy();
    expect(text.atlas.description).toBeTruthy();
  });
});

it('serves no file for English, whose text stays in the files every reader loads', () => {
  expect(existsSync(join(DATA, 'i18n/en.json'))).toBe(false);
  expect(read(`${atlases[0]}/events.json`)).not.toMatch(/"(label|title|name)_[a-z]{2}"/);
});
