/**
 * The interface in the reader's language (issue 14): no English left in a German page outside
 * text marked lang="en" (the data's), locale pages prerendered in their language, the fallback
 * to English, the browser's language followed, only the reader's language fetched, German exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, open, ready, SITE } from './browser.ts';
import en from '../../src/lib/i18n/messages/en.ts';
import de from '../../src/lib/i18n/messages/de.ts';
import uk from '../../src/lib/i18n/messages/uk.ts';
import type { Messages } from '../../src/lib/i18n/messages/en.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { loadMessages } from '../../src/lib/i18n/catalogues.ts';
import { Expected } from './expected.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * The English catalogue's words, as the page would show them: whole strings, and the literal
 * parts of the sentences between their values. Words German shares ("Zoom", "Status") are left out.
 */
function englishWords(mine: Messages): { whole: Set<string>; parts: string[] } {
  const whole = new Set<string>();
  const parts: string[] = [];
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    const value = en[key] as unknown;
    const theirs = mine[key] as unknown;
    if (typeof value === 'string') {
      if (value !== theirs) whole.add(value);
      continue;
    }
    const fn = value as (...args: unknown[]) => string;
    const text = fn(...Array.from({ length: fn.length }, (_, i) => (i % 2 ? 7 : '¦')));
    for (const part of text.split(/¦|\b7\b/)) if (part.trim().length >= 12) parts.push(part.trim());
  }
  return { whole, parts };
}

/** Every text node, accessible name and attribute a reader meets, outside elements in another language than the page's. */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const foreign = (el: Element | null): boolean => {
      const holder = el?.closest('[lang]');
      return !!holder && holder !== document.documentElement && holder.getAttribute('lang') !== pageLang;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, textarea, noscript') || foreign(parent)) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext], [alt]')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** The scale's definitions: data text, shown in a title attribute, which cannot carry a lang of its own. */
const DEFINITIONS = new Set(new Expected().atlas.scale.map((s) => s.definition));

function englishLeft(texts: string[], mine: Messages = de): string[] {
  const { whole, parts } = englishWords(mine);
  return texts.filter((t) => !DEFINITIONS.has(t) && (whole.has(t) || parts.some((p) => t.includes(p))));
}

describe('German, by lang=de', () => {
  it.each([
    ['the explorer', '?lang=de'],
    ['the table', '?lang=de&view=table'],
    ['every action', '?lang=de&view=actions&country=ITA'],
    ['a country', '?lang=de&country=USA&date=2025-03-01'],
    ['the embed', 'embed/?lang=de&country=USA'],
    ['the German explorer page', 'de/'],
    ['the German embed page', 'de/embed/?overlays=nato'],
    ['the Ukrainian explorer page', 'uk/?country=USA&date=2025-03-01', uk, 'uk'],
    ['the Ukrainian table', 'uk/?view=table', uk, 'uk'],
    ['the Ukrainian embed page', 'uk/embed/?country=USA&overlays=nato', uk, 'uk'],
  ])('%s leaves no English outside data text marked lang="en"', async (_name, path, mine: Messages = de, lang = 'de') => {
    const { page, context, errors } = await open(browser, `${SITE}${path}`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    // Every menu open, so that their items are read too.
    for (const menu of await page.locator('details.menu').all())
      await menu.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const left = englishLeft(await interfaceText(page), mine);
    expect(left, left.join(' | ')).toEqual([]);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await context.close();
  });

  it('the embed dialog, in German, offers the language and points its snippets at the locale page', async () => {
    const { page, context } = await open(browser, `${SITE}?lang=de`);
    await ready(page);
    await page.click('button.embed');
    await page.waitForSelector('dialog[open]');
    const left = englishLeft(await interfaceText(page));
    expect(left, left.join(' | ')).toEqual([]);
    expect(await page.inputValue('select[name="embed-lang"]')).toBe('de');
    expect(await page.inputValue('#embed-code')).toContain(`${SITE}de/embed/`);
    await page.selectOption('select[name="embed-lang"]', 'en');
    expect(await page.inputValue('#embed-code')).toContain(`${SITE}embed/`);
    expect(await page.inputValue('#embed-code')).not.toContain('/de/');
    await context.close();
  });

  it('the language menu switches in place and writes lang= into the shared address', async () => {
    const { page, context } = await open(browser, SITE);
    await ready(page);
    await page.click('[data-testid="language-menu"] summary');
    await page.click('[data-testid="language-menu"] button[lang="de"]');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(await page.textContent('[data-testid="summary"]')).toMatch(/^Am \d+\. /);
    await page.waitForFunction(() => location.search.includes('lang=de'));
    await context.close();
  });

  it('German exports: the slide and the CSV speak German', async () => {
    const { page, context } = await open(browser, `${SITE}?lang=de`, { acceptDownloads: true });
    await ready(page);
    await page.click('[data-testid="downloads"] summary');
    let download = page.waitForEvent('download');
    await page.click('[data-testid="downloads"] button:has-text("Karte als SVG")');
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg).toContain('lang="de"');
    expect(svg).toMatch(/>Stand: \d+\. [A-ZÄÖÜ][a-zäöü]+ \d{4}</);
    expect(svg).toContain('Quelle: ');
    expect(svg).toContain('Datenstand: ');
    await page.click('[data-testid="downloads"] summary');
    download = page.waitForEvent('download');
    await page.click('[data-testid="downloads"] button:has-text("Daten als CSV")');
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^"?# .*Datenstand: \d+\. .*Eine Zeile pro Maßnahme/);
    expect(csv.split('\r\n')[1]).toMatch(/^id,jurisdiction,/);
    await context.close();
  });
});

describe('every other language', () => {
  // German and Ukrainian are walked view by view above; each other language on the pages that
  // hold the most words: the explorer in story mode with a country's panel, and TikTok's embed.
  it.each(LOCALES.filter((l) => !['en', 'de', 'uk'].includes(l)))(
    '%s: the explorer in story mode and the TikTok embed leave no English outside data text',
    async (locale) => {
      const mine = await loadMessages(locale);
      for (const path of [`${locale}/?story=1&step=2`, `${locale}/tiktok/embed/?country=USA&overlays=nato`]) {
        const { page, context, errors } = await open(browser, `${SITE}${path}`);
        await ready(page);
        expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
        for (const menu of await page.locator('details.menu').all())
          await menu.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const left = englishLeft(await interfaceText(page), mine);
        expect(left, `${path}: ${left.join(' | ')}`).toEqual([]);
        expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
        await context.close();
      }
    },
  );
});

describe('negotiation and fallback', () => {
  it('an unknown lang= falls back to English without an error', async () => {
    const { page, context, errors } = await open(browser, `${SITE}?lang=xx`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid="summary"]')).toMatch(/^On /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the reader's browser language on the root page, and lang= over it", async () => {
    const german = await open(browser, SITE, { locale: 'de-AT' });
    await ready(german.page);
    expect(await german.page.getAttribute('html', 'lang')).toBe('de');
    expect(await german.page.textContent('h2#view-title')).toBe('Karte');
    await german.context.close();
    const english = await open(browser, `${SITE}?lang=en`, { locale: 'de-DE' });
    await ready(english.page);
    expect(await english.page.getAttribute('html', 'lang')).toBe('en');
    await english.context.close();
  });

  it('the German pages are German before any script runs, with hreflang alternates', async () => {
    for (const path of ['de/', 'de/tiktok/', 'de/methodology/']) {
      const html = await (await fetch(`${SITE}${path}`)).text();
      expect(html, path).toMatch(/<html lang="de"/);
      expect(html, path).toContain(`hreflang="de" href="${SITE}${path}"`);
      expect(html, path).toContain(`hreflang="pl" href="${SITE}pl/${path.slice(3)}"`);
      expect(html, path).toContain('hreflang="x-default"');
    }
    // The embeds are not indexed (robots noindex), so they name no alternates; they are German all the same.
    for (const path of ['de/embed/', 'de/tiktok/embed/']) {
      const html = await (await fetch(`${SITE}${path}`)).text();
      expect(html, path).toMatch(/<html lang="de"/);
      expect(html, path).toContain('<meta name="robots" content="noindex"');
    }
    const tiktok = new Expected('tiktok');
    expect(await (await fetch(`${SITE}de/tiktok/`)).text()).toContain(`data-page-atlas="${tiktok.atlas.atlas.id}"`);
    const german = await (await fetch(`${SITE}de/`)).text();
    expect(german).toContain('>Karte</h2>');
    // The atlas switch stays in the reader's language: TikTok's German page.
    expect(german).toMatch(/<a href="\.\.\/de\/tiktok\/"[^>]*data-atlas="tiktok"/);
    const methodology = await (await fetch(`${SITE}de/methodology/`)).text();
    expect(methodology).toContain('← Zurück zur Karte');
    // No German methodology is written yet: the English body is marked as such.
    expect(methodology).toContain('<div class="doc-body" lang="en">');
  });
});

describe('each language loads only its own words', () => {
  const others = (mine: string): RegExp =>
    new RegExp(
      `/assets/(${LOCALES.filter((l) => l !== mine && l !== 'en').join('|')})-[\\w-]+\\.js|/i18n/(?!${mine}\\.json)[a-z]{2}\\.json`,
    );

  it('a German embed fetches no other language’s messages or data text', async () => {
    const { page, context, requests } = await open(browser, `${SITE}de/embed/`);
    await ready(page);
    expect(requests.filter((r) => others('de').test(r))).toEqual([]);
    expect(requests.some((r) => /\/assets\/de-[\w-]+\.js$/.test(r))).toBe(true);
    await context.close();
  });

  it('the English embed fetches no language chunk at all', async () => {
    const { page, context, requests } = await open(browser, `${SITE}embed/`);
    await ready(page);
    expect(requests.filter((r) => others('en').test(r) || /\/assets\/de-/.test(r))).toEqual([]);
    await context.close();
  });
});
