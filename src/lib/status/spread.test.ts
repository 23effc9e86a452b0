import { describe, expect, it } from 'vitest';
import { english, german } from '../i18n/words.fixture.ts';
import { countsOn, spreadAreas, spreadSentence, spreadSteps, type SpreadStep } from './spread.ts';
import type { Counts, Steps } from './engine.ts';
import { emptyCounts } from './summary.ts';

const c = (partial: Partial<Counts>): Counts => ({ ...emptyCounts(), ...partial });

// A: advisory from day 10, partial from day 20.  B: government from day 20 to 29.  C: no step.
const STEPS: Record<string, Steps> = {
  A: { days: [10, 20], levels: ['advisory', 'partial'] },
  B: { days: [20, 30], levels: ['government', 'none'] },
};
const stepsOf = (id: string): Steps | null => STEPS[id] ?? null;

describe('spreadSteps', () => {
  it('sweeps every change day once, counting the jurisdictions with no step as none', () => {
    expect(spreadSteps(['A', 'B', 'C'], stepsOf, 0, 100)).toEqual([
      { day: 0, counts: c({ none: 3 }) },
      { day: 10, counts: c({ none: 2, advisory: 1 }) },
      { day: 20, counts: c({ none: 1, partial: 1, government: 1 }) },
      { day: 30, counts: c({ none: 2, partial: 1 }) },
    ]);
  });
  it('folds changes on or before the start into the first step and leaves out those after the end', () => {
    expect(spreadSteps(['A', 'B', 'C'], stepsOf, 10, 25)).toEqual([
      { day: 10, counts: c({ none: 2, advisory: 1 }) },
      { day: 20, counts: c({ none: 1, partial: 1, government: 1 }) },
    ]);
  });
  it('gives the same steps whatever the order of the ids', () => {
    expect(spreadSteps(['C', 'B', 'A'], stepsOf, 0, 100)).toEqual(spreadSteps(['A', 'B', 'C'], stepsOf, 0, 100));
  });
  it('folds every change into the first step when all come on or before the start', () => {
    expect(spreadSteps(['A', 'B', 'C'], stepsOf, 30, 100)).toEqual([{ day: 30, counts: c({ none: 2, partial: 1 }) }]);
  });
  it('keeps a change on the last day of the span', () => {
    expect(spreadSteps(['A', 'B', 'C'], stepsOf, 0, 30).map((s) => s.day)).toEqual([0, 10, 20, 30]);
  });
  it('counts only the ids asked for', () => {
    expect(spreadSteps(['B'], stepsOf, 0, 100).map((s) => s.counts.government)).toEqual([0, 1, 0]);
  });
});

describe('countsOn', () => {
  const steps = spreadSteps(['A', 'B', 'C'], stepsOf, 0, 100);
  it.each([
    [0, c({ none: 3 })],
    [19, c({ none: 2, advisory: 1 })],
    [20, c({ none: 1, partial: 1, government: 1 })],
    [29, c({ none: 1, partial: 1, government: 1 })],
    [100, c({ none: 2, partial: 1 })],
  ])('day %i', (day, expected) => {
    expect(countsOn(steps, day)).toEqual(expected);
  });
});

describe('spreadSentence', () => {
  const Y2014 = Date.UTC(2014, 5, 1) / 86_400_000;
  const Y2017 = Date.UTC(2017, 5, 1) / 86_400_000;
  const Y2025 = Date.UTC(2025, 1, 21) / 86_400_000;
  const step = (day: number, partial: number): SpreadStep => ({ day, counts: c({ partial }) });
  it.each<[string, SpreadStep[], string]>([
    ['a rise', [step(Y2014, 0), step(Y2017, 3), step(Y2025, 9)], 'Restricting jurisdictions rose from 0 in 2014 to 9 in 2025.'],
    [
      'a fall after a peak',
      [step(Y2014, 2), step(Y2017, 5), step(Y2025, 1)],
      'Restricting jurisdictions fell from 2 in 2014 to 1 in 2025, after a peak of 5 in 2017.',
    ],
    ['no change', [step(Y2014, 0)], 'Restricting jurisdictions stayed at 0 from 2014 on.'],
    [
      'a return',
      [step(Y2014, 1), step(Y2017, 4), step(Y2025, 1)],
      'Restricting jurisdictions returned from 1 in 2014 to 1 in 2025, after a peak of 4 in 2017.',
    ],
    [
      'warnings and the unaffected do not count',
      [
        { day: Y2014, counts: c({ none: 5, advisory: 2 }) },
        { day: Y2025, counts: c({ none: 3, advisory: 2, partial: 1, nationwide: 1 }) },
      ],
      'Restricting jurisdictions rose from 0 in 2014 to 2 in 2025.',
    ],
    [
      'the year of the last change in the restricting count, not of the last step',
      [step(Y2014, 0), step(Y2017, 3), { day: Y2025, counts: c({ partial: 3, advisory: 4 }) }],
      'Restricting jurisdictions rose from 0 in 2014 to 3 in 2017.',
    ],
    [
      'the first year the peak was reached',
      [step(Y2014, 1), step(Y2017, 5), step(Y2017 + 400, 2), step(Y2025 - 400, 5), step(Y2025, 2)],
      'Restricting jurisdictions rose from 1 in 2014 to 2 in 2025, after a peak of 5 in 2017.',
    ],
    ['nothing to say about no steps', [], ''],
  ])('%s', (_name, steps, expected) => {
    expect(spreadSentence(english(), steps)).toBe(expected);
  });
  it('is empty without steps, and speaks German', () => {
    expect(spreadSentence(english(), [])).toBe('');
    expect(spreadSentence(german(), [step(Y2014, 2), step(Y2017, 5), step(Y2025, 1)])).toBe(
      'Die Zahl der Staaten und Organisationen mit Einschränkungen sank von 2 (2014) auf 1 (2025), nach einem Höchststand von 5 im Jahr 2017.',
    );
  });
});

describe('spreadAreas', () => {
  it('stacks the levels, most severe at the bottom, in stepped areas across the width', () => {
    const steps = spreadSteps(['A', 'B', 'C'], stepsOf, 0, 100);
    const areas = spreadAreas(steps, 0, 100, 200, 20);
    expect(areas.map((a) => a.level)).toEqual(['nationwide', 'government', 'partial', 'advisory', 'cleared']);
    // The tallest stack is 2 (days 20 to 29): 10 px per jurisdiction. Government sits on the
    // bottom from x = 40 to 60; partial above it there, and on the bottom from x = 60 on.
    const government = areas.find((a) => a.level === 'government')?.d;
    expect(government).toBe(
      'M0,20L20,20L20,20L40,20L40,10L60,10L60,20L200,20L200,20L200,20L200,20L60,20L60,20L40,20L40,20L20,20L20,20L0,20Z',
    );
    const partial = areas.find((a) => a.level === 'partial')?.d;
    expect(partial).toBe(
      'M0,20L20,20L20,20L40,20L40,0L60,0L60,10L200,10L200,10L200,20L200,20L60,20L60,10L40,10L40,20L20,20L20,20L0,20Z',
    );
  });
  it('measures x from the start of the span and leaves the room above `top` free', () => {
    const steps = spreadSteps(['A', 'B', 'C'], stepsOf, 10, 110);
    const areas = spreadAreas(steps, 10, 110, 200, 20, 4);
    // 2 px per day from day 10; the tallest stack (2) reaches y = 4, 8 px per jurisdiction.
    expect(areas.find((a) => a.level === 'government')?.d).toBe(
      'M0,20L20,20L20,12L40,12L40,20L200,20L200,20L200,20L200,20L40,20L40,20L20,20L20,20L0,20Z',
    );
    expect(areas.find((a) => a.level === 'partial')?.d).toBe(
      'M0,20L20,20L20,4L40,4L40,12L200,12L200,12L200,20L200,20L40,20L40,12L20,12L20,20L0,20Z',
    );
  });
  it('draws nothing for an empty span', () => {
    expect(spreadAreas([], 0, 100, 200, 20)).toEqual([]);
    expect(spreadAreas([{ day: 0, counts: c({}) }], 5, 5, 200, 20)).toEqual([]);
  });
});
