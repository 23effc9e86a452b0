/** Story mode on the synthetic acme atlas and its three-step story. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Story, STORY_MS, type StoryHost } from './story.svelte.ts';
import { parseDay } from '../lib/data/dates.ts';
import { acmeAtlas, acmeStory, mapModel } from '../../tests/fixtures/acme.ts';
import { acmeApp } from '../../tests/fixtures/app.ts';

const d = (iso: string) => parseDay(iso) as number;

afterEach(() => {
  vi.useRealTimers();
});

function make(reduced = false) {
  const fetchStory = vi.fn(() => Promise.resolve(acmeStory()));
  const app = acmeApp({ reducedMotion: () => reduced, fetchModel: () => Promise.resolve(mapModel()), fetchStory });
  return { app, fetchStory };
}

describe('story mode in the app', () => {
  it('opens on a step: its date, region, country and overlays, from story.json fetched once', async () => {
    const { app, fetchStory } = make(true);
    const story = acmeStory();
    expect(app.atlas.atlas.story).toBe(story.steps.length);
    expect(await app.openStory(2)).toBe(true);
    const step = story.steps[1];
    expect(app.story?.index).toBe(1);
    expect(app.time.day).toBe(d(step.date));
    expect(app.ui.country).toBe(step.country);
    expect(app.ui.overlays).toEqual(step.overlays);
    expect(app.ui.region).toBe(step.region);
    app.story?.next();
    expect(app.time.day).toBe(d(story.steps[2].date));
    // No region in the row: the atlas's own.
    expect(app.ui.region).toBe('world');
    expect(app.ui.overlays).toEqual([]);
    await app.openStory(1);
    expect(fetchStory).toHaveBeenCalledTimes(1);
    expect(app.ui.country).toBe(story.steps[0].country);
  });

  it('writes story and step into the URL, reads them back, and leaving keeps the view', async () => {
    const { app } = make(true);
    await app.openStory(3);
    expect(app.query()).toContain('story=1&step=3');
    expect(app.query()).toContain('country=DEU');
    app.leaveStory();
    expect(app.story).toBeNull();
    expect(app.query()).not.toContain('story');
    expect(app.ui.country).toBe('DEU');
    expect(app.time.day).toBe(d('2022-06-15'));
    app.applyUrl('?story=1&step=2');
    await vi.waitFor(() => expect(app.story?.index).toBe(1));
    app.applyUrl('?date=2020-01-01');
    expect(app.story).toBeNull();
  });

  it('offers the story to the embed only when asked', async () => {
    const { app } = make(true);
    const choices = {
      pinDate: false,
      title: true,
      controls: true,
      theme: 'auto' as const,
      region: 'world' as const,
      lang: 'en' as const,
    };
    expect(app.embedQuery(choices)).not.toContain('story');
    expect(app.embedQuery({ ...choices, story: true })).toBe('story=1');
    await app.openStory(2);
    expect(app.embedQuery({ ...choices, story: true })).toContain('story=1&step=2');
  });

  it('has no story where the atlas has none, or where it cannot be fetched', async () => {
    const atlas = acmeAtlas();
    delete atlas.atlas.story;
    const bare = acmeApp({ atlas });
    expect(await bare.openStory()).toBe(false);
    bare.applyUrl('?story=1');
    expect(bare.story).toBeNull();
    const broken = acmeApp({ fetchStory: () => Promise.reject(new Error('offline')) });
    expect(await broken.openStory()).toBe(false);
    expect(broken.story).toBeNull();
  });
});

describe('Story', () => {
  const steps = acmeStory().steps;
  function host(reduced: boolean, start = d('2024-01-01')) {
    let day = start;
    const days: number[] = [];
    const h: StoryHost = {
      day: () => day,
      setDay: (x) => {
        day = x;
        days.push(x);
      },
      select: vi.fn(),
      setOverlays: vi.fn(),
      setRegion: vi.fn(),
      reducedMotion: () => reduced,
    };
    return { h, days };
  }

  it('moves the date over STORY_MS, easing out, and lands on the step', () => {
    vi.useFakeTimers();
    const { h, days } = host(false);
    const story = new Story(steps, h, d);
    story.go(0);
    expect(days.length).toBe(1);
    vi.advanceTimersByTime(STORY_MS / 2);
    const mid = days.at(-1) as number;
    // Past half way at half the time: it eases out.
    expect(mid).toBeLessThan(d('2024-01-01') - (d('2024-01-01') - d(steps[0].date)) / 2);
    expect(mid).toBeGreaterThan(d(steps[0].date));
    vi.advanceTimersByTime(STORY_MS);
    expect(days.at(-1)).toBe(d(steps[0].date));
    expect([...days].sort((a, b) => b - a)).toEqual(days);
    expect(days.length).toBe(12);
    expect(h.select).toHaveBeenCalledWith('FRA');
    expect(h.setRegion).toHaveBeenCalledWith('europe');
  });

  it('jumps at once under reduced motion, and stop() lands a moving date on its step', () => {
    vi.useFakeTimers();
    const reduced = host(true);
    new Story(steps, reduced.h, d).go(2);
    expect(reduced.days).toEqual([d(steps[2].date)]);
    const moving = host(false);
    const story = new Story(steps, moving.h, d);
    story.go(1);
    story.stop();
    expect(moving.days.at(-1)).toBe(d(steps[1].date));
    vi.advanceTimersByTime(STORY_MS * 2);
    expect(moving.days.at(-1)).toBe(d(steps[1].date));
    story.stop();
    expect(moving.days.at(-1)).toBe(d(steps[1].date));
  });

  it('steps within 1..N and says where it is', () => {
    const { h } = host(true);
    const story = new Story(steps, h, d);
    expect(story.index).toBe(-1);
    expect(story.step).toBeNull();
    story.previous();
    expect(story.index).toBe(0);
    expect([story.isFirst, story.isLast]).toEqual([true, false]);
    story.next();
    story.next();
    story.next();
    expect(story.index).toBe(2);
    expect([story.isFirst, story.isLast]).toEqual([false, true]);
    expect(story.count).toBe(3);
    story.go(-5);
    expect(story.step?.title).toBe(steps[0].title);
  });
});
