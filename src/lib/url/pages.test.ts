import { describe, expect, it } from 'vitest';
import { atlasDir, atlasOfPage, pageDir, rootFrom } from './pages.ts';

const atlases = ['kaspersky', 'tiktok'];
const site = 'https://atlas.example/news/';

describe('atlasDir', () => {
  it('keeps the default atlas at the root and gives every other atlas its folder', () => {
    expect(atlasDir('kaspersky', atlases)).toBe('');
    expect(atlasDir('tiktok', atlases)).toBe('tiktok/');
  });
});

describe('pageDir', () => {
  it("puts the language's folder before the atlas's, and none for English", () => {
    expect(pageDir('en', '')).toBe('');
    expect(pageDir('en', 'tiktok/')).toBe('tiktok/');
    expect(pageDir('de', '')).toBe('de/');
    expect(pageDir('pl', 'tiktok/')).toBe('pl/tiktok/');
  });
});

describe('rootFrom', () => {
  it('climbs one level per folder', () => {
    expect(rootFrom('')).toBe('./');
    expect(rootFrom('embed/')).toBe('../');
    expect(rootFrom('tiktok/')).toBe('../');
    expect(rootFrom('tiktok/embed/')).toBe('../../');
    expect(rootFrom('de/tiktok/embed/')).toBe('../../../');
  });
});

describe('atlasOfPage', () => {
  const of = (u: string): string | null => atlasOfPage(new URL(u), site, atlases);
  it('reads the folder first, then atlas=, then falls back to the default', () => {
    expect(of(`${site}tiktok/`)).toBe('tiktok');
    expect(of(`${site}de/tiktok/embed/`)).toBe('tiktok');
    expect(of(`${site}de/embed/`)).toBe('kaspersky');
    expect(of(`${site}en/tiktok/`)).toBe('kaspersky');
    expect(of(`${site}tiktok/embed/?date=2024-01-01`)).toBe('tiktok');
    expect(of(`${site}tiktok?date=2024-01-01`)).toBe('tiktok');
    expect(of(`${site}?atlas=tiktok`)).toBe('tiktok');
    expect(of(`${site}embed/?atlas=tiktok`)).toBe('tiktok');
    expect(of(`${site}`)).toBe('kaspersky');
    expect(of(`${site}?atlas=nope`)).toBe('kaspersky');
    expect(of(`${site}kaspersky/`)).toBe('kaspersky');
    expect(of(`${site}embed/`)).toBe('kaspersky');
  });
  it('is null for a page that is not ours', () => {
    expect(of('https://evil.example/tiktok/')).toBeNull();
    expect(of('https://atlas.example/tiktok/')).toBeNull();
  });
});
