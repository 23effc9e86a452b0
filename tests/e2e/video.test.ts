/**
 * The time-lapse video, made the way a reader makes it (Download → Time-lapse video…) in the
 * default format at the fastest pace: the downloaded file must be a real video. Its container's
 * magic, its duration (read by mediabunny's demuxer, against the frame schedule of the built
 * data) and two frames decoded by the browser's own player that show different maps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { launch, open, ready, SITE } from './browser.ts';
import { Expected } from './expected.ts';
import { PACES, schedule, totalSeconds } from '../../src/lib/video/schedule.ts';
import { parseDay, todayDay } from '../../src/lib/data/dates.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const ex = new Expected();

/** The schedule the page follows for the built atlas, computed apart from the page. */
function expectedSeconds(pace: (typeof PACES)[number]): number {
  const days = ex.atlas.jurisdictions.filter((j) => j.kind === 'country').flatMap((j) => ex.engine.stepsOf(j.id)?.days ?? []);
  const start = parseDay(ex.atlas.atlas.start) as number;
  return totalSeconds(schedule({ start, end: todayDay(), changeDays: days, pace }));
}

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-testid="downloads"] summary');
  await page.click('[data-testid="export-video"]');
  await page.waitForSelector('[data-testid="video-dialog"][open]');
}

/** Frames of the file, decoded by Chromium's player in a blank page (no site CSP there), as 40-pixel block means. */
async function decode(
  bytes: Buffer,
  mime: string,
  times: number[],
): Promise<{ duration: number; width: number; frames: number[][] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, mime, times }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([data], { type: mime }));
        await new Promise((resolve, reject) => {
          video.onloadeddata = resolve;
          video.onerror = () => reject(new Error(`the player refused the file: ${video.error?.message}`));
        });
        const frames: number[][] = [];
        for (const t of times) {
          video.currentTime = t;
          await new Promise((resolve) => (video.onseeked = resolve));
          const canvas = document.createElement('canvas');
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
          ctx.drawImage(video, 0, 0);
          const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          // Mean of r + g + b over each 40 × 40 block: coarse enough to ignore the codec's noise.
          const cols = Math.ceil(canvas.width / 40);
          const blocks = new Array<number>(cols * Math.ceil(canvas.height / 40)).fill(0);
          for (let i = 0; i < px.length; i += 4) {
            const x = (i / 4) % canvas.width;
            const y = Math.floor(i / 4 / canvas.width);
            blocks[Math.floor(y / 40) * cols + Math.floor(x / 40)] += (px[i] + px[i + 1] + px[i + 2]) / 1600;
          }
          frames.push(blocks);
        }
        return { duration: video.duration, width: video.videoWidth, frames };
      },
      { b64: bytes.toString('base64'), mime, times },
    );
  } finally {
    await page.close();
  }
}

describe('the time-lapse video', () => {
  it('downloads a playable video of the whole span, in the chosen format, with frames that differ', async () => {
    const { page, errors, violations, requests } = await open(browser, SITE, { acceptDownloads: true });
    await ready(page);
    // Nothing of the video code on first load.
    const lazy = (list: string[]) => list.filter((r) => /VideoDialog|mediabunny|gifenc/i.test(r));
    expect(lazy(requests)).toEqual([]);
    await openDialog(page);
    expect(lazy(requests).length).toBeGreaterThan(0);
    // The default is 1920 × 1080 at one second per year.
    await expect(page.isChecked('input[name="video-format"][value="wide"]')).resolves.toBe(true);
    await expect(page.isChecked('input[name="video-pace"][value="normal"]')).resolves.toBe(true);
    await page.check('input[name="video-pace"][value="fast"]');
    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.click('[data-testid="video-create"]');
    await expect(page.getAttribute('progress', 'aria-label')).resolves.toBe('Encoding the video');
    const file: Download = await download;
    const bytes = await readFile(await file.path());
    const ext = /\.(mp4|webm|gif)$/.exec(file.suggestedFilename())?.[1];
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^kaspersky-timelapse-${ex.atlas.atlas.start.slice(0, 4)}-\\d{4}\\.(mp4|webm|gif)$`),
    );
    // Chromium encodes video: the GIF is only the fallback of browsers without WebCodecs.
    expect(ext).not.toBe('gif');
    if (ext === 'mp4') expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    else expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');

    const seconds = expectedSeconds(PACES[0]);
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    expect(await input.computeDuration()).toBeCloseTo(seconds, 1);
    const track = await input.getPrimaryVideoTrack();
    expect([track?.displayWidth, track?.displayHeight]).toEqual([1920, 1080]);

    // The first frame (the start: almost nothing restricted) against one near the end.
    const decoded = await decode(bytes, ext === 'mp4' ? 'video/mp4' : 'video/webm', [0.05, seconds - 0.2]);
    expect(decoded.duration).toBeCloseTo(seconds, 1);
    expect(decoded.width).toBe(1920);
    const [a, b] = decoded.frames;
    // The date and the countries that changed colour: dozens of blocks; the same picture twice differs in none.
    const changed = a.filter((v, i) => Math.abs(v - b[i]) > 30).length;
    expect(changed, 'blocks that differ between the first and last frames').toBeGreaterThan(20);

    await expect(page.textContent('[data-testid="video-status"]')).resolves.toContain(file.suggestedFilename());
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('stops on Cancel: no file, a message, and focus back on Create', async () => {
    const { page, errors, violations } = await open(browser, SITE, { acceptDownloads: true });
    await ready(page);
    await openDialog(page);
    await page.check('input[name="video-format"][value="square"]');
    await page.check('input[name="video-pace"][value="slow"]');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.click('[data-testid="video-create"]');
    await page.waitForFunction(() => Number(document.querySelector('progress')?.value) > 0);
    await page.click('[data-testid="video-cancel"]');
    await expect(page.waitForSelector('progress', { state: 'detached' })).resolves.toBeNull();
    await expect(page.textContent('[data-testid="video-status"]')).resolves.toBe('Cancelled. No file was made.');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('video-create');
    await page.waitForTimeout(500);
    expect(downloaded).toBe(false);
    // Escape closes the dialog and gives focus back to the Download menu.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="video-dialog"]', { state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid="downloads"]') !== null)).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('says so when the video code cannot be fetched (offline, or a newer build)', async () => {
    const { page } = await open(browser, SITE);
    await ready(page);
    await page.route(/\/assets\/VideoDialog-[\w-]+\.js$/, (route) => route.abort());
    await page.click('[data-testid="downloads"] summary');
    await page.click('[data-testid="export-video"]');
    await expect
      .poll(() => page.textContent('[data-testid="live-region"]'))
      .toBe('The video maker could not be loaded. Check your connection and try again.');
    expect(await page.$('[data-testid="video-dialog"]')).toBeNull();
    await page.context().close();
  });
});
