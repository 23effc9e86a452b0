import { describe, expect, it } from 'vitest';
import { snippet } from './snippets.ts';

const p = {
  embedUrl: 'https://atlas.example/embed/?date=2025-03-01&overlays=five-eyes,nato',
  pageUrl: 'https://atlas.example/?date=2025-03-01&overlays=five-eyes,nato',
  siteUrl: 'https://atlas.example/',
  title: 'Who bans "Kaspersky"? <map>',
  slug: 'kaspersky',
  height: 640,
  width: 720,
};

describe('snippet', () => {
  it('responsive: an iframe with title and lazy loading plus our host script', () => {
    const s = snippet('responsive', p);
    expect(s).toContain('src="https://atlas.example/embed/?date=2025-03-01&amp;overlays=five-eyes,nato"');
    expect(s).toContain('title="Who bans &quot;Kaspersky&quot;? &lt;map&gt;"');
    expect(s).toContain('loading="lazy"');
    expect(s).toContain('<script src="https://atlas.example/embed-host.js" async></script>');
    // The whole frame, closed, at the given height, then the script on a line of its own.
    expect(s.split('\n')[0]).toMatch(/^<iframe .* height="640" style="width:100%;border:0"><\/iframe>$/);
  });
  it('pym: the self-hosted pym.js with optional parameters off', () => {
    const s = snippet('pym', p);
    expect(s).toContain('data-pym-src="https://atlas.example/embed/?');
    expect(s).toContain('data-pym-optionalparams="false"');
    expect(s).toContain('src="https://atlas.example/vendor/pym.v1.min.js"');
  });
  it('fixed: no script at all, for platforms that strip them', () => {
    const s = snippet('fixed', p);
    expect(s).not.toContain('<script');
    expect(s).toContain('height="640"');
  });
  it('wordpress: the page URL itself, which WordPress resolves through our oEmbed link', () => {
    expect(snippet('wordpress', p)).toBe('https://atlas.example/?date=2025-03-01&overlays=five-eyes,nato');
  });
  it('amp: a resizable, responsive amp-iframe with the sandbox AMP needs and an overflow button', () => {
    const s = snippet('amp', p);
    expect(s).toMatch(/^<amp-iframe src="https:\/\/atlas\.example\/embed\/\?date=2025-03-01&amp;overlays=five-eyes,nato" /);
    for (const a of [
      'resizable',
      'layout="responsive"',
      'sandbox="allow-scripts allow-same-origin allow-popups"',
      'width="720"',
      'height="640"',
    ])
      expect(s).toContain(a);
    expect(s).toContain('<div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>');
    expect(s).not.toContain('<script');
    expect(s.endsWith('\n</amp-iframe>')).toBe(true);
  });
});
