import { describe, expect, it } from 'vitest';
import { coverageText } from './coverage-text.ts';
import { english, german } from '../i18n/words.fixture.ts';

describe('coverageText', () => {
  it.each([
    [{ state: 'unresearched' } as const, 'Not yet researched'],
    [{ state: 'checked', checked: '2026-11-27' } as const, 'Checked: no action found (as of 27 November 2026)'],
    [{ state: 'checked' } as const, 'Checked: no action found'],
    [{ state: 'actions', checked: '2026-11-27' } as const, 'Actions recorded; checked (as of 27 November 2026)'],
    [{ state: 'actions' } as const, 'Actions recorded'],
  ])('%j reads %s', (info, text) => {
    expect(coverageText(english(), info)).toBe(text);
  });
});

describe('coverageText in German', () => {
  it.each([
    [{ state: 'unresearched' } as const, 'Noch nicht recherchiert'],
    [{ state: 'checked', checked: '2026-11-27' } as const, 'Geprüft: keine Maßnahme gefunden (Stand: 27. November 2026)'],
    [{ state: 'checked' } as const, 'Geprüft: keine Maßnahme gefunden'],
    [{ state: 'actions', checked: '2026-11-27' } as const, 'Maßnahmen verzeichnet; geprüft (Stand: 27. November 2026)'],
    [{ state: 'actions' } as const, 'Maßnahmen verzeichnet'],
  ])('%j reads %s', (info, text) => {
    expect(coverageText(german(), info)).toBe(text);
  });
});
