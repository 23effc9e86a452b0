/**
 * Every string story mode shows or says, in one place, so that it can move into a message
 * catalogue as it stands.
 */
export const STORY_TEXT = {
  open: 'Story',
  openLabel: 'Open the story: a guided walk through the bans, step by step',
  progress: (step: number, count: number): string => `${step} of ${count}`,
  previous: 'Previous',
  next: 'Next',
  leave: 'Leave story',
  sources: 'Sources:',
  /** What the live region says when a step opens. */
  announce: (step: number, count: number, title: string, caption: string): string =>
    `Step ${step} of ${count}: ${title}. ${caption}`,
  embedOption: 'Story: step through the guided walk',
} as const;
