/** What a grey jurisdiction's research says, in the tooltip, the country panel and the table. */
import type { Localizer } from '../i18n/localizer.ts';
import type { CoverageInfo } from './coverage.ts';

export function coverageText(t: Localizer, info: CoverageInfo): string {
  if (info.state === 'unresearched') return t.m.notResearched;
  const asOf = info.checked ? t.f.date({ iso: info.checked, precision: 'day' }) : null;
  if (info.state === 'checked') return asOf ? t.m.checkedNothingAsOf(asOf) : t.m.checkedNothing;
  return asOf ? t.m.actionsRecordedAsOf(asOf) : t.m.actionsRecorded;
}
