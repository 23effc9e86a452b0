import { describe, expect, it } from 'vitest';
import { embedUrlFor, oembedFor } from './oembed.ts';

const site = 'https://atlas.example/';

describe('oembedFor', () => {
  it('gives the embed frame for the same view as the page URL', () => {
    const o = oembedFor({
      siteUrl: site,
      title: 'Who bans "K"?',
      dir: '',
      pageUrl: `${site}?date=2025-03-01&overlays=five-eyes,nato&country=AUS`,
    });
    expect(o).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Who bans "K"?',
      provider_name: 'Ban Atlas',
      provider_url: site,
      width: 720,
      height: 640,
      thumbnail_url: `${site}preview.png`,
      thumbnail_width: 1200,
      thumbnail_height: 675,
      cache_age: 86400,
    });
    expect(o.html).toBe(
      '<iframe src="https://atlas.example/embed/?date=2025-03-01&amp;overlays=five-eyes,nato&amp;country=AUS" ' +
        'title="Who bans &quot;K&quot;?" width="720" height="640" style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });
  it('accepts the embed page too, and keeps the embed options', () => {
    expect(embedUrlFor(site, '', `${site}embed/?title=0&controls=0&theme=dark`)).toBe(
      `${site}embed/?title=0&controls=0&theme=dark`,
    );
  });
  it('drops what an embed does not read, and escapes what it keeps', () => {
    expect(embedUrlFor(site, '', `${site}?view=table&utm_source=x&country="><script>`)).toBe(
      `${site}embed/?country=%22%3E%3Cscript%3E`,
    );
  });
  it('keeps a value of up to 64 characters and drops a longer one', () => {
    const overlays = 'nato,'.repeat(11) + 'five-eyes';
    expect(embedUrlFor(site, '', `${site}?overlays=${overlays}`)).toBe(`${site}embed/?overlays=${overlays}`);
    expect(embedUrlFor(site, '', `${site}?overlays=${overlays},&date=2020-01-01`)).toBe(`${site}embed/?date=2020-01-01`);
  });
  it('gives the default view for no URL, a foreign URL or garbage', () => {
    for (const u of [null, 'https://evil.example/?date=2020-01-01', 'not a url', `${site.slice(0, -1)}.evil/`])
      expect(embedUrlFor(site, '', u)).toBe(`${site}embed/`);
  });
  it('points at the atlas folder and drops atlas=, which the folder names', () => {
    expect(embedUrlFor(site, 'tiktok/', `${site}?atlas=tiktok&date=2024-05-01`)).toBe(`${site}tiktok/embed/?date=2024-05-01`);
    expect(embedUrlFor(site, 'tiktok/', `${site}tiktok/?country=USA`)).toBe(`${site}tiktok/embed/?country=USA`);
    const o = oembedFor({ siteUrl: site, title: 'T', dir: 'tiktok/' });
    expect(o.html).toContain(`src="${site}tiktok/embed/"`);
    expect(o.thumbnail_url).toBe(`${site}tiktok/preview.png`);
    expect(oembedFor({ siteUrl: site, title: 'K', dir: '' }).thumbnail_url).toBe(`${site}preview.png`);
  });
});
