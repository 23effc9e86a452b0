import { describe, expect, it } from 'vitest';
import { SWIPE_PX, swipeDirection } from './swipe.ts';

describe('swipeDirection', () => {
  it('turns the page: a swipe to the left is next, to the right previous', () => {
    expect(swipeDirection(-SWIPE_PX, 0)).toBe('next');
    expect(swipeDirection(SWIPE_PX, 0)).toBe('previous');
  });
  it('ignores short moves and mostly vertical ones', () => {
    expect(swipeDirection(-(SWIPE_PX - 1), 0)).toBeNull();
    expect(swipeDirection(SWIPE_PX - 1, 0)).toBeNull();
    expect(swipeDirection(-90, 60)).toBe('next');
    expect(swipeDirection(-90, 61)).toBeNull();
    expect(swipeDirection(90, -61)).toBeNull();
  });
});
