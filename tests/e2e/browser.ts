/** Chromium for the end-to-end tests, with a record of every request, CSP violation and error. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.ts';

export { SITE, HOST } from './setup.ts';

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

export interface Recorded {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
  /** CSP violations seen in any frame. */
  violations: () => Promise<string[]>;
}

/** Collects CSP violations in every frame of every page. */
const LISTEN = `document.addEventListener('securitypolicyviolation', (e) => {
  const list = (window.__cspViolations ||= []);
  list.push(e.violatedDirective + ' ' + e.blockedURI);
});`;

export async function open(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(LISTEN);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const violations = async (): Promise<string[]> => {
    const all: string[] = [];
    for (const frame of page.frames()) {
      try {
        all.push(...(await frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
      } catch {
        // a frame that navigated away
      }
    }
    return all;
  };
  return { page, context, requests, errors, violations };
}

/** Waits until the app has hydrated and applied the URL (the slider is interactive). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/** Chooses a country the way a keyboard user does: types its name into the finder and presses Enter. */
export async function findCountry(page: Page, name: string): Promise<void> {
  await page.fill('#country-picker', name);
  await page.press('#country-picker', 'Enter');
}
