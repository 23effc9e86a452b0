/** A horizontal swipe: far enough, and more across than down, so a scroll is never taken for one. */
export const SWIPE_PX = 50;

/** Left (finger moving left) shows the next step, as turning a page does. */
export function swipeDirection(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
