import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold', () => {
  it.each([
    ["Côte d'Ivoire", "cote d'ivoire"],
    ['Türkiye', 'turkiye'],
    ['ÅLAND', 'aland'],
    ['São Tomé', 'sao tome'],
    ['plain', 'plain'],
  ])('%s folds to %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});
