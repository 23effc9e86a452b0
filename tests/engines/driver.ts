/**
 * One small driver interface over three automation stacks, so each engine test is written once:
 * Chromium through playwright-core (CDP), Firefox ESR through puppeteer-core (WebDriver BiDi) and
 * WebKitGTK through selenium-webdriver (classic WebDriver, WebKitWebDriver under Xvfb).
 *
 * Scripts are passed as expression strings: each stack serialises functions differently, and a
 * string means the same thing to all three. An expression may return a promise; all three await it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';

import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.ts';
import { FIREFOX, miniBrowser, WEBKIT_DRIVER, XVFB } from '../../scripts/browsers.ts';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

export type KeyName = 'ArrowLeft' | 'ArrowRight' | 'PageUp' | 'PageDown' | 'Home' | 'End' | 'Tab' | 'Enter' | 'Escape';

export interface WaitOptions {
  /** CSS selector of an iframe in the top document: run the expression inside that frame. */
  frame?: string;
  timeout?: number;
}

export interface Driver {
  readonly name: EngineName;
  /** Navigates the one tab, waiting for the load event. */
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string, frame?: string): Promise<T>;
  /** Polls until the expression is truthy; throws with the expression and the last value. */
  waitFor(expression: string, options?: WaitOptions): Promise<void>;
  click(selector: string): Promise<void>;
  /** A key press sent to the focused element. */
  press(key: KeyName): Promise<void>;
  type(text: string): Promise<void>;
  /** The viewport, as a reader's window would change it. */
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Shared by every stack: evaluate is the only primitive that differs. */
abstract class Base implements Pick<Driver, 'waitFor'> {
  abstract evaluate<T>(expression: string, frame?: string): Promise<T>;

  async waitFor(expression: string, { frame, timeout = 20_000 }: WaitOptions = {}): Promise<void> {
    const end = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < end) {
      try {
        last = await this.evaluate<unknown>(expression, frame);
        if (last) return;
      } catch (e) {
        // The frame may not exist yet, or be between documents.
        last = e instanceof Error ? e.message : e;
      }
      await sleep(100);
    }
    throw new Error(
      `timed out after ${timeout} ms waiting for ${expression}${frame ? ` in ${frame}` : ''}; last: ${String(last)}`,
    );
  }
}

const VIEWPORT = { width: 1280, height: 900 };

/** What playwright-core's and puppeteer-core's pages have in common: their APIs were born alike. */
interface PageLike {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  $(selector: string): Promise<{ contentFrame(): Promise<{ evaluate(expression: string): Promise<unknown> } | null> } | null>;
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  screenshot(): Promise<Uint8Array>;
}

class PageDriver extends Base implements Driver {
  constructor(
    readonly name: EngineName,
    private readonly page: PageLike,
    readonly resize: (width: number, height: number) => Promise<void>,
    readonly close: () => Promise<void>,
  ) {
    super();
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async evaluate<T>(expression: string, frame?: string): Promise<T> {
    if (!frame) return (await this.page.evaluate(expression)) as T;
    const inner = await (await this.page.$(frame))?.contentFrame();
    if (!inner) throw new Error(`no frame ${frame}`);
    return (await inner.evaluate(expression)) as T;
  }
  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  async press(key: KeyName): Promise<void> {
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot());
  }
}

/** Chromium over CDP, as the rest of the end-to-end suite drives it. */
async function launchChromium(): Promise<Driver> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: VIEWPORT });
  return new PageDriver(
    'chromium',
    page,
    (width, height) => page.setViewportSize({ width, height }),
    () => browser.close(),
  );
}

/** Firefox ESR over WebDriver BiDi, the protocol Firefox supports from here on. */
async function launchFirefox(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return new PageDriver(
    'firefox',
    page,
    (width, height) => page.setViewport({ width, height }),
    () => browser.close(),
  );
}

const SELENIUM_KEYS: Record<KeyName, string> = {
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  Home: Key.HOME,
  End: Key.END,
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (await ok()) return;
    } catch {
      // not up yet
    }
    await sleep(50);
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

/** Starts Xvfb on the first free display from :90; WebKitGTK needs a display even for automation. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  for (let n = 90; n < 190; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const child = spawn(XVFB, [`:${n}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    let exited = false;
    child.once('exit', () => (exited = true));
    // Another run may take the same number between the check and the start: Xvfb then exits.
    await until('Xvfb', () => exited || existsSync(`/tmp/.X11-unix/X${n}`), 10_000);
    if (!exited) return { display: `:${n}`, process: child };
  }
  throw new Error('no free X display between :90 and :189');
}

class SeleniumDriver extends Base implements Driver {
  readonly name = 'webkit';
  private constructor(
    private readonly driver: WebDriver,
    private readonly children: ChildProcess[],
  ) {
    super();
  }

  static async launch(): Promise<SeleniumDriver> {
    const binary = miniBrowser();
    if (!binary) throw new Error('WebKitGTK MiniBrowser not found');
    const xvfb = await startXvfb();
    const port = await freePort();
    const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
    const children = [server, xvfb.process];
    try {
      await until('WebKitWebDriver', async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok);
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
        .build();
      const self = new SeleniumDriver(driver, children);
      await self.resize(VIEWPORT.width, VIEWPORT.height);
      return self;
    } catch (e) {
      for (const child of children) child.kill();
      throw e;
    }
  }

  async goto(url: string): Promise<void> {
    await this.driver.get(url);
  }
  async evaluate<T>(expression: string, frame?: string): Promise<T> {
    if (!frame) return (await this.driver.executeScript(`return (${expression});`)) as T;
    await this.driver.switchTo().frame(await this.driver.findElement(By.css(frame)));
    try {
      return (await this.driver.executeScript(`return (${expression});`)) as T;
    } finally {
      await this.driver.switchTo().defaultContent();
    }
  }
  async click(selector: string): Promise<void> {
    await (await this.driver.findElement(By.css(selector))).click();
  }
  async press(key: KeyName): Promise<void> {
    await this.driver.actions().sendKeys(SELENIUM_KEYS[key]).perform();
  }
  async type(text: string): Promise<void> {
    await this.driver.actions().sendKeys(text).perform();
  }
  async resize(width: number, height: number): Promise<void> {
    // WebDriver sets the window, not the viewport: grow the window by the browser's own chrome.
    await this.driver.manage().window().setRect({ width, height });
    const inner = await this.evaluate<[number, number]>('[window.innerWidth, window.innerHeight]');
    if (inner[0] !== width || inner[1] !== height)
      await this.driver
        .manage()
        .window()
        .setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
  }
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }
  async close(): Promise<void> {
    try {
      await this.driver.quit();
    } finally {
      for (const child of this.children) child.kill();
    }
  }
}

export function launch(name: EngineName): Promise<Driver> {
  switch (name) {
    case 'chromium':
      return launchChromium();
    case 'firefox':
      return launchFirefox();
    case 'webkit':
      return SeleniumDriver.launch();
  }
}
