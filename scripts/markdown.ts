/**
 * Markdown to HTML for the methodology page, which is written from data/README.md at build
 * time. markdown-it parses it (a hand-written converter mis-read edge cases); raw HTML is
 * off, so the file's text can never become markup. The page keeps what the old converter
 * gave it: heading ids to link to, and tables and code blocks that scroll by keyboard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { RendererRule } from 'markdown-it';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Only https and same-site links: the page is served under a strict CSP, and an http or
// javascript: link in the data file should come out as text, not as a link.
md.validateLink = (url: string): boolean => /^https:\/\//i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url);

md.renderer.rules.heading_open = (tokens, i) => {
  const inline = tokens[i + 1];
  const text = inline.children ? inline.children.map((t) => t.content).join('') : inline.content;
  return `<${tokens[i].tag} id="${md.utils.escapeHtml(slug(text))}">`;
};

// A wide table scrolls inside a focusable, labelled region, so keyboard users can scroll it. The label
// starts with the table's section: two sections may share a table's columns, and a label must be unique.
md.renderer.rules.table_open = (tokens, i) => {
  const labels: string[] = [];
  for (let j = i + 1; j < tokens.length && tokens[j].type !== 'thead_close'; j++) {
    if (tokens[j].type === 'inline') labels.push(tokens[j].content);
  }
  let section = '';
  for (let j = i - 1; j >= 0 && !section; j--) {
    if (tokens[j].type === 'heading_close') section = tokens[j - 1].content.replace(/[`*]/g, '');
  }
  const label = (section ? `${section}: ` : '') + labels.join(', ');
  return `<div class="table" tabindex="0" role="region" aria-label="${md.utils.escapeHtml(label)}"><table>\n`;
};
md.renderer.rules.table_close = () => '</table></div>\n';
// Column alignment comes as a style attribute, which the CSP (style-src 'self') would block
// and report; the page's stylesheet aligns the cells instead.
const cell: RendererRule = (tokens, i, options, _env, self) => {
  const token = tokens[i];
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
  if (token.type === 'th_open') token.attrSet('scope', 'col');
  return self.renderToken(tokens, i, options);
};
md.renderer.rules.th_open = cell;
md.renderer.rules.td_open = cell;

const codeBlock = (content: string): string => `<pre tabindex="0"><code>${md.utils.escapeHtml(content)}</code></pre>\n`;
md.renderer.rules.fence = (tokens, i) => codeBlock(tokens[i].content);
md.renderer.rules.code_block = (tokens, i) => codeBlock(tokens[i].content);

export function markdownToHtml(source: string): string {
  return md.render(source);
}

/**
 * The methodology in a locale: data/README.<xx>.md where one is written, else the English
 * data/README.md, with the language it is in (the page marks an English body `lang="en"`).
 */
export function methodologyHtml(dataDir: string, locale: string): { html: string; lang: string } {
  const translated = join(dataDir, `README.${locale}.md`);
  const own = locale !== 'en' && /^[a-z]{2}$/.test(locale) && existsSync(translated);
  return { html: markdownToHtml(readFileSync(own ? translated : join(dataDir, 'README.md'), 'utf8')), lang: own ? locale : 'en' };
}

/** The methodology's body in its element, marked with its language. */
export function methodologyBody(body: { html: string; lang: string }): string {
  return `<div class="doc-body" lang="${body.lang}">${body.html}</div><!--/doc-body-->`;
}
