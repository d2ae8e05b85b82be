import type { Annotation } from './types';

/**
 * ChatGPT's public release. Date and wording from the source pack (studies.md, release date used across
 * studies). Image generators are not annotated: the pack has no verified release dates for them.
 */
/**
 * The timing caveat every before/after-ChatGPT chart carries (issue #13): exposed jobs were already
 * deteriorating before the release, so "after" is not "because of". From fresh-2026.md §2e (P).
 */
export const TIMING_NOTE =
  'Timing: a study of US employees (Frank et al., 2026) finds that risk in AI-exposed occupations rose "beginning in early 2022, months before ChatGPT". A change after the release is not by itself evidence that the release caused it; comparison groups remove shocks shared by both groups, not ones that hit the exposed work alone. See the evidence tracker.';

export const CHATGPT_RELEASE: Annotation = {
  id: 'chatgpt-release',
  date: '2022-11-30',
  label: 'ChatGPT released',
  basis: 'OpenAI launched ChatGPT on November 30, 2022',
};
