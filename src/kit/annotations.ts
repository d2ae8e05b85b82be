import type { Annotation } from './types';

/**
 * ChatGPT's public release. Date and wording from the source pack (studies.md, release date used across
 * studies). Image generators are not annotated: the pack has no verified release dates for them.
 */
export const CHATGPT_RELEASE: Annotation = {
  id: 'chatgpt-release',
  date: '2022-11-30',
  label: 'ChatGPT released',
  basis: 'OpenAI launched ChatGPT on November 30, 2022',
};
