import { describe, expect, it } from 'vitest';
import { validateStory, MAX_CAPTION_WORDS } from './story.ts';
import { perLocale, type Reference } from './validate.ts';
import { parseDay } from './dates.ts';
import { action, atlasOf } from '../../../tests/fixtures/atlas.ts';

const ref: Reference = {
  countries: new Map([
    ['FRA', 'France'],
    ['USA', 'United States'],
    ['DEU', 'Germany'],
  ]),
  mapIds: new Set(['FRA', 'USA', 'DEU']),
  bodies: new Map(),
  scale: [],
  today: parseDay('2024-06-01') as number,
  iso2: new Map(),
  text: perLocale(() => ({ scale: {}, bodies: {} })),
};
const atlas = atlasOf(['FRA', 'USA', 'DEU'], {
  actions: [action('fra-2020', 'FRA', '2020-03', 'advisory'), action('usa-2021', 'USA', '2021-02-10', 'government')],
});
const HEAD = 'step,date,region,country,overlays,title,caption,actions';
const run = (...rows: string[]) =>
  validateStory({ name: 'story.csv', text: [HEAD, ...rows].join('\n') }, { ref, atlas, alliances: ['five-eyes', 'nato', 'eu'] });
const messages = (...rows: string[]) => run(...rows).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('validateStory', () => {
  it('compiles steps: overlays in canonical order, ids split on spaces, semicolons or commas, region kept only when given', () => {
    const r = run(
      '1,2020-03-01,europe,FRA,eu five-eyes,France,France warned.,fra-2020',
      '2,2021-02-10,,,,Both,"Two acts, one story.","fra-2020;usa-2021, usa-2021"',
    );
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      format: 1,
      atlas: 't',
      steps: [
        { date: '2020-03-01', region: 'europe', country: 'FRA', overlays: ['five-eyes', 'eu'], title: 'France', caption: 'France warned.', actions: ['fra-2020'] },
        { date: '2021-02-10', country: null, overlays: [], title: 'Both', caption: 'Two acts, one story.', actions: ['fra-2020', 'usa-2021', 'usa-2021'] },
      ],
    });
  });

  it('accepts a month-precision action from the first day of its month, and a step on the start or today', () => {
    expect(messages('1,2020-03-01,,FRA,,A,A.,fra-2020', '2,2015-01-01,,,,B,B.,', '3,2024-06-01,,,,C,C!,usa-2021')).toEqual([
      '3:22 "actions" is empty; fill it in',
    ]);
    expect(messages('1,2020-02-29,,,,A,A.,fra-2020')).toEqual([
      '2:22 action "fra-2020" is dated 2020-03, after this step (2020-02-29); move the step later or cite an earlier action',
    ]);
  });

  it('numbers steps from 1 in order', () => {
    expect(messages('2,2020-03-01,,,,A,A.,fra-2020')).toEqual(['2:1 "step" is "2" but this is step 1; number the steps 1, 2, 3… in order']);
    expect(messages('1,2020-03-01,,,,A,A.,fra-2020', '1,2020-03-01,,,,A,A.,fra-2020')[0]).toMatch(/^3:1 "step" is "1" but this is step 2/);
  });

  it('keeps the date inside the atlas', () => {
    expect(messages('1,2014-12-31,,,,A,A.,fra-2020')).toEqual([
      '2:3 "date" is 2014-12-31, before the atlas\'s start (2015-01-01); move the step on or after it',
      '2:22 action "fra-2020" is dated 2020-03, after this step (2014-12-31); move the step later or cite an earlier action',
    ]);
    expect(messages('1,2024-06-02,,,,A,A.,fra-2020')).toEqual([
      '2:3 "date" is 2024-06-02, which is in the future; a step shows a day that has happened',
    ]);
  });

  it('knows regions, alliances, countries and actions', () => {
    expect(messages('1,2020-03-01,mars,ZZZ,nato warsaw,A,A.,fra-2020 nope')).toEqual([
      '2:14 region "mars" is not a map region; use one of: world, europe, north-america, asia, africa, oceania, or leave it empty',
      '2:23 no alliance "warsaw"; use ids from data/alliances/alliances.csv: five-eyes, nato, eu',
      '2:40 no action has the id "nope"; cite ids from the atlas\'s actions.csv',
      expect.stringMatching(/^2:19 "ZZZ" is neither an ISO 3166-1 alpha-3 code/),
    ]);
  });

  it('ties the country to a cited action', () => {
    expect(messages('1,2021-02-10,,DEU,,A,A.,fra-2020 usa-2021')).toEqual([
      "2:15 no action this step cites is DEU's; cite one of its actions, or name the country of one the step cites",
    ]);
    expect(messages('1,2021-02-10,,USA,,A,A.,fra-2020 usa-2021')).toEqual([]);
  });

  it(`limits a caption to ${MAX_CAPTION_WORDS} words ending with a full stop`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(messages(`1,2020-03-01,,,,A,${words(MAX_CAPTION_WORDS)}.,fra-2020`)).toEqual([]);
    expect(messages(`1,2020-03-01,,,,A,${words(MAX_CAPTION_WORDS + 1)}.,fra-2020`)).toEqual([
      `2:19 the caption has ${MAX_CAPTION_WORDS + 1} words; keep it to ${MAX_CAPTION_WORDS} or fewer`,
    ]);
    expect(messages('1,2020-03-01,,,,A,"He said ""no.""",fra-2020')).toEqual([]);
    expect(messages('1,2020-03-01,,,,A,No stop,fra-2020')).toEqual(['2:19 the caption must end with a full stop']);
  });

  it('wants at least one step, and reads no rows under a wrong header', () => {
    expect(messages()).toEqual(['1:1 the story has no steps; add a row for step 1']);
    const r = validateStory({ name: 'story.csv', text: 'step,date\n1,2020-03-01' }, { ref, atlas, alliances: [] });
    expect(r.value).toBeNull();
    expect(r.problems.map((p) => p.message)).not.toContain('the story has no steps; add a row for step 1');
  });
});
