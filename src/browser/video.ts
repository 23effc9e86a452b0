/**
 * The time-lapse video: the export slide drawn for each day of the frame schedule, encoded
 * with WebCodecs into MP4 (H.264) where the browser can encode it, else WebM (VP9, VP8),
 * through mediabunny; an animated GIF (gifenc) where there is no VideoEncoder at all. Loaded
 * only when a reader asks for a video (a dynamic import): none of it is in the first load.
 * Everything runs on the page's own thread (no worker), so the CSP's worker-src is untouched;
 * frames are drawn from Blob URL images, which img-src already allows for the PNG export.
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
} from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { drawSvg, mapSvg, save } from './downloads.ts';
import { schedule, totalSeconds, type Frame, type Pace } from '../lib/video/schedule.ts';
import type { AppState } from '../state/app.svelte.ts';

export interface VideoFormat {
  id: 'wide' | 'square';
  width: number;
  height: number;
}

export const FORMATS: readonly VideoFormat[] = [
  { id: 'wide', width: 1920, height: 1080 },
  { id: 'square', width: 1080, height: 1080 },
];

export interface VideoRequest {
  format: VideoFormat;
  pace: Pace;
  signal: AbortSignal;
  /** Share of the frames done, 0 to 1. */
  onProgress: (done: number) => void;
}

export interface VideoFile {
  filename: string;
  /** The container and codec used: "mp4 avc", "webm vp9", "gif". */
  kind: string;
  bytes: number;
  seconds: number;
}

/** The date in the frame, large: it is what moves. */
const DATE_SIZE = 72;
/** A GIF of a full-size frame would run to tens of megabytes: the fallback draws at half size. */
const GIF_SCALE = 0.5;

/** The days the map's colours change: where the time-lapse pauses. */
function changeDays(app: AppState): number[] {
  const days = new Set<number>();
  for (const j of app.atlas.jurisdictions) {
    if (j.kind === 'country') for (const d of app.time.engine.stepsOf(j.id)?.days ?? []) days.add(d);
  }
  return [...days];
}

function filename(app: AppState, format: VideoFormat, ext: string): string {
  const year = (day: number): string => new Date(day * 86_400_000).getUTCFullYear().toString();
  const region = app.ui.region === 'world' ? '' : `-${app.ui.region}`;
  const square = format.id === 'square' ? '-square' : '';
  return `${app.atlas.atlas.id}-timelapse-${year(app.time.minDay)}-${year(app.time.maxDay)}${region}${square}.${ext}`;
}

function frameSvg(app: AppState, format: VideoFormat, day: number): string {
  return mapSvg(app, { day, width: format.width, height: format.height, dateSize: DATE_SIZE, date: app.t.f.day(day) });
}

function aborted(): DOMException {
  return new DOMException('The video export was cancelled', 'AbortError');
}

async function encodeVideo(
  app: AppState,
  req: VideoRequest,
  frames: readonly Frame[],
  codec: 'avc' | 'vp9' | 'vp8',
): Promise<{ blob: Blob; ext: string }> {
  const { width, height } = req.format;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const mp4 = codec === 'avc';
  const output = new Output({
    format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  // A key frame every two seconds: seeking in a player lands near where the viewer asked.
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source);
  await output.start();
  try {
    for (let i = 0; i < frames.length; i++) {
      if (req.signal.aborted) throw aborted();
      await drawSvg(frameSvg(app, req.format, frames[i].day), canvas);
      await source.add(frames[i].start, frames[i].duration);
      req.onProgress((i + 1) / frames.length);
    }
    await output.finalize();
  } catch (e) {
    await output.cancel();
    throw e;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('src/browser/video.ts: the muxer finished without a file; report the browser and its version');
  return { blob: new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }), ext: mp4 ? 'mp4' : 'webm' };
}

async function encodeGif(app: AppState, req: VideoRequest, frames: readonly Frame[]): Promise<{ blob: Blob; ext: string }> {
  const width = Math.round(req.format.width * GIF_SCALE);
  const height = Math.round(req.format.height * GIF_SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('src/browser/video.ts: no 2D canvas for the GIF; the browser refused one');
  const gif = GIFEncoder();
  for (let i = 0; i < frames.length; i++) {
    if (req.signal.aborted) throw aborted();
    await drawSvg(frameSvg(app, req.format, frames[i].day), canvas);
    const { data } = ctx.getImageData(0, 0, width, height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay: Math.round(frames[i].duration * 1000) });
    req.onProgress((i + 1) / frames.length);
  }
  gif.finish();
  return { blob: new Blob([gif.bytes().slice()], { type: 'image/gif' }), ext: 'gif' };
}

/** Makes the time-lapse and downloads it; rejects with an AbortError when the signal fires. */
export async function exportVideo(app: AppState, req: VideoRequest): Promise<VideoFile> {
  const frames = schedule({ start: app.time.minDay, end: app.time.maxDay, changeDays: changeDays(app), pace: req.pace });
  const { width, height } = req.format;
  const codec =
    typeof VideoEncoder === 'function'
      ? await getFirstEncodableVideoCodec(['avc', 'vp9', 'vp8'], { width, height, quality: QUALITY_HIGH })
      : null;
  const { blob, ext } =
    codec === 'avc' || codec === 'vp9' || codec === 'vp8'
      ? await encodeVideo(app, req, frames, codec)
      : await encodeGif(app, req, frames);
  const name = filename(app, req.format, ext);
  save(blob, name);
  return { filename: name, kind: ext === 'gif' ? 'gif' : `${ext} ${codec}`, bytes: blob.size, seconds: totalSeconds(frames) };
}
