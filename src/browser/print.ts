/**
 * "Print handout": loads the handout (only when asked for), lays it out for paper and opens the
 * browser's print dialog. Ctrl+P (Cmd+P) in the explorer does the same; the browser's own Print
 * menu prints the explorer with its print stylesheet instead (app.css), without controls.
 */
import type { AppState } from '../state/app.svelte.ts';

export async function printHandout(app: AppState): Promise<void> {
  const { showHandout } = await import('./handout.ts');
  showHandout(app);
  window.print();
}

/** Ctrl+P or Cmd+P: the reader asked to print; the handout is what the explorer prints. */
export function isPrintKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';
}
