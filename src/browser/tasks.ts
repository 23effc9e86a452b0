/**
 * Ends the current task, so that the browser can paint and answer input before the next step of
 * the start-up runs: a phone counts every task over 50 ms as blocking, and hydrating, applying the
 * URL and warming Intl in one task took about 560 ms at 4x CPU throttling.
 */
export function nextTask(): Promise<void> {
  // scheduler.yield() resumes ahead of other queued tasks; Firefox and Safari lack it.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
