/**
 * The three browser engines the tests drive, all from Debian packages (Playwright's own browser
 * downloads cannot be fetched here). Run directly, it stops with one message naming the install
 * command when any is missing, so `npm test` fails at once rather than after the build, and never
 * skips an engine silently.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { CHROMIUM } from './chromium.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';
export const INSTALL = 'sudo apt-get install chromium firefox-esr webkit2gtk-driver xvfb';

/** WebKitGTK's MiniBrowser sits under a multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …). */
export function miniBrowser(): string | null {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const path = join('/usr/lib', arch, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** Names of the missing programs, empty when every engine can run. */
export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (!existsSync(FIREFOX)) missing.push(`firefox-esr (${FIREFOX})`);
  if (!existsSync(WEBKIT_DRIVER)) missing.push(`WebKitWebDriver (${WEBKIT_DRIVER})`);
  if (!miniBrowser()) missing.push('WebKitGTK MiniBrowser');
  if (!existsSync(XVFB)) missing.push(`Xvfb (${XVFB})`);
  return missing;
}

export function missingMessage(missing: string[]): string {
  return `The browser tests need Chromium, Firefox ESR and WebKitGTK; missing: ${missing.join(', ')}.\nInstall them (root needed): ${INSTALL}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = missingBrowsers();
  if (missing.length > 0) {
    console.error(missingMessage(missing));
    process.exit(1);
  }
}
