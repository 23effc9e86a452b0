/**
 * Every word the time-lapse dialog and the handout show, in one place: the language work moves
 * them into the per-locale catalogues as they are.
 */
export const VIDEO_TEXT = {
  menuItem: 'Time-lapse video…',
  title: 'Time-lapse video',
  intro:
    'The map on every date from the first action to today, pausing where a status changes: with the date, the legend with counts, the title and the credit.',
  format: 'Format',
  formats: { wide: 'Landscape, 1920 × 1080 (slides, projectors)', square: 'Square, 1080 × 1080 (social media)' },
  pace: 'Pace',
  paces: { fast: 'Fast: half a second per year', normal: 'One second per year', slow: 'Slow: two seconds per year' },
  create: 'Create video',
  cancel: 'Cancel',
  close: 'Close',
  progress: 'Encoding the video',
  percent: (p: number): string => `${p}% done`,
  done: (name: string, mb: string, seconds: number): string => `Downloaded ${name} (${mb} MB, ${seconds} s).`,
  cancelled: 'Cancelled. No file was made.',
  failed: (message: string): string => `The video could not be made: ${message}`,
  gifNote: 'This browser cannot encode video: it makes an animated GIF at half size instead.',
} as const;

export const HANDOUT_TEXT = {
  menuItem: 'Print handout',
  actions: 'Every action, in order',
  context: 'Context: sets no status',
  sources: 'Sources',
  printed: (date: string, url: string): string => `Printed on ${date} from ${url}`,
} as const;
