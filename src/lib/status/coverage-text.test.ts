import { describe, expect, it } from 'vitest';
import { coverageText } from './coverage-text.ts';

describe('coverageText', () => {
  it.each([
    [{ state: 'unresearched' } as const, 'Not yet researched'],
    [{ state: 'checked', checked: '2026-11-27' } as const, 'Checked: no action found (as of 27 November 2026)'],
    [{ state: 'checked' } as const, 'Checked: no action found'],
    [{ state: 'actions', checked: '2026-11-27' } as const, 'Actions recorded; checked (as of 27 November 2026)'],
    [{ state: 'actions' } as const, 'Actions recorded'],
  ])('%j reads %s', (info, text) => {
    expect(coverageText(info)).toBe(text);
  });
});
