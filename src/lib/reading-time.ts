/** Words per minute used for the reading-time estimate (a common figure for adult prose). */
const WORDS_PER_MINUTE = 230;

/** Count the words a reader sees in MDX source: strips import lines, JSX tags and markup. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
