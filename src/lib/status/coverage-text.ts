/** What a grey jurisdiction's research says, in the tooltip, the country panel and the table. */
import { formatPartialDate } from '../data/dates.ts';
import type { CoverageInfo } from './coverage.ts';

export function coverageText(info: CoverageInfo): string {
  const asOf = info.checked ? ` (as of ${formatPartialDate({ iso: info.checked, precision: 'day' })})` : '';
  if (info.state === 'unresearched') return 'Not yet researched';
  if (info.state === 'checked') return `Checked: no action found${asOf}`;
  return `Actions recorded${info.checked ? `; checked${asOf}` : ''}`;
}
