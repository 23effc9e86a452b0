import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.ts';

describe('wrapText', () => {
  it('fills lines up to the limit and breaks at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two', 7)).toEqual(['one two']);
    expect(wrapText('  spaced   out  ', 20)).toEqual(['spaced out']);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('breaks a long address after its separators', () => {
    expect(wrapText('See https://a.example/path/to?x=1&y=2 now', 16)).toEqual([
      'See',
      'https://',
      'a.example/path/',
      'to?x=1&y=2 now',
    ]);
  });

  it('cuts a separator-free word at the limit', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never makes a line longer than the limit, even with a separator just past it', () => {
    for (const sep of ['/', '?', '&']) expect(wrapText(`abcdefghij${sep}klm`, 10)).toEqual(['abcdefghij', `${sep}klm`]);
  });

  it('does not leave a separator alone on a line when it starts the word', () => {
    expect(wrapText('/abcdefghij', 5)).toEqual(['/abcd', 'efghi', 'j']);
  });
});
