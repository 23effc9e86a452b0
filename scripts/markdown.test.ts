import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { markdownToHtml, methodologyBody, methodologyHtml } from './markdown.ts';
import { ROOT } from './read-data.ts';

describe('markdownToHtml', () => {
  it('escapes raw HTML, block and inline, instead of rendering it', () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\nA <img src=x onerror="alert(1)"> here.\n');
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>A &lt;img src=x onerror=&quot;alert(1)&quot;&gt; here.</p>\n',
    );
    expect(html).not.toMatch(/<(script|img)/);
  });

  it('escapes HTML inside table cells, headings and code', () => {
    const html = markdownToHtml('# Title <b>x</b>\n\n| A | <i>B</i> |\n|---|---|\n| <u>1</u> | 2 |\n\n```\n<em>code</em>\n```\n');
    expect(html).not.toMatch(/<(b|i|u|em)>/);
    expect(html).toContain('&lt;u&gt;1&lt;/u&gt;');
    expect(html).toContain('<pre tabindex="0"><code>&lt;em&gt;code&lt;/em&gt;\n</code></pre>');
  });

  it('links only https and relative addresses; javascript: and http: stay text', () => {
    expect(markdownToHtml('[a](https://example.org/x) [b](#the-rule) [c](javascript:alert(1)) [d](http://example.org)')).toBe(
      '<p><a href="https://example.org/x">a</a> <a href="#the-rule">b</a> [c](javascript:alert(1)) [d](http://example.org)</p>\n',
    );
  });

  it('gives headings ids to link to', () => {
    expect(markdownToHtml('## The status scale\n### `level`: what it means')).toBe(
      '<h2 id="the-status-scale">The status scale</h2>\n<h3 id="level-what-it-means"><code>level</code>: what it means</h3>\n',
    );
  });

  it('wraps tables in a focusable, labelled region with column headers and no inline styles', () => {
    expect(markdownToHtml('| Level | Label |\n|:---|---:|\n| `none` | No action |\n')).toBe(
      '<div class="table" tabindex="0" role="region" aria-label="Level, Label"><table>\n' +
        '<thead>\n<tr>\n<th scope="col">Level</th>\n<th scope="col">Label</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td><code>none</code></td>\n<td>No action</td>\n</tr>\n</tbody>\n</table></div>\n',
    );
  });

  it('renders lists and emphasis', () => {
    expect(markdownToHtml('- **one**\n- *two*\n\n1. first\n')).toBe(
      '<ul>\n<li><strong>one</strong></li>\n<li><em>two</em></li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n',
    );
  });
});

describe('methodologyHtml', () => {
  const dir = join(ROOT, 'tests/fixtures/methodology');
  it('uses data/README.<xx>.md where it exists, marked with its language', () => {
    const de = methodologyHtml(dir, 'de');
    expect(de.lang).toBe('de');
    expect(de.html).toContain('<h1 id="methodik">Methodik</h1>');
    expect(methodologyBody(de)).toMatch(/^<div class="doc-body" lang="de"><h1/);
  });
  it('falls back to the English file, marked lang="en", where none is written (or the locale is odd)', () => {
    for (const locale of ['pl', 'en', '../x']) {
      const body = methodologyHtml(dir, locale);
      expect(body.lang).toBe('en');
      expect(body.html).toContain('Every status is an action.');
    }
  });
});
