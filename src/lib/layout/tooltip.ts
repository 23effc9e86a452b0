/**
 * Where a tooltip goes: beside the pointer (below and to the right by default), flipped to the
 * other side where it would leave the window, and never outside it.
 */
export interface Placement {
  left: number;
  top: number;
}

/** Gap between the pointer and the tooltip, and the least margin to the window's edge. */
export const GAP = 14;
export const MARGIN = 8;

export function placeTooltip(
  pointer: { x: number; y: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  let left = pointer.x + GAP;
  if (left + size.width > viewport.width - MARGIN) left = pointer.x - GAP - size.width;
  let top = pointer.y + GAP;
  if (top + size.height > viewport.height - MARGIN) top = pointer.y - GAP - size.height;
  const clamp = (v: number, max: number): number => Math.max(MARGIN, Math.min(v, max - MARGIN));
  return { left: clamp(left, viewport.width - size.width), top: clamp(top, viewport.height - size.height) };
}
