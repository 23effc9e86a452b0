import { describe, expect, it } from 'vitest';
import { outlinesOn } from './overlays.ts';
import { parseDay } from '../data/dates.ts';
import type { Alliance } from '../data/types.ts';
import type { Outlines } from './outlines.ts';

const period = (from: string, to: string | null, members: string[]) => ({
  from,
  to,
  members,
  d: `M${from}`,
  label: [0, 0] as [number, number],
});
const outlines: Outlines = {
  width: 100,
  alliances: {
    nato: [period('2020-01-01', '2023-04-03', ['AAA']), period('2023-04-04', null, ['AAA', 'FIN'])],
    eu: [period('2020-01-01', null, ['BBB'])],
  },
};
const alliances = [
  { id: 'nato', name: 'NATO', short: 'NATO' },
  { id: 'eu', name: 'European Union', short: 'EU' },
  { id: 'g7', name: 'G7', short: 'G7' },
] as Alliance[];
const d = (iso: string) => parseDay(iso) as number;

describe('outlinesOn', () => {
  it('gives each chosen alliance the period in force on the day, both ends inclusive', () => {
    expect(outlinesOn(outlines, alliances, ['nato'], d('2023-04-03'))[0].period.members).toEqual(['AAA']);
    expect(outlinesOn(outlines, alliances, ['nato'], d('2023-04-04'))[0].period.members).toEqual(['AAA', 'FIN']);
  });

  it('keeps the order chosen and leaves out alliances with no outline or no period', () => {
    expect(outlinesOn(outlines, alliances, ['eu', 'g7', 'nato'], d('2024-01-01')).map((o) => [o.id, o.name])).toEqual([
      ['eu', 'European Union'],
      ['nato', 'NATO'],
    ]);
    expect(outlinesOn(outlines, alliances, ['eu'], d('2019-12-31'))).toEqual([]);
    expect(outlinesOn(null, alliances, ['eu'], d('2024-01-01'))).toEqual([]);
  });
});
