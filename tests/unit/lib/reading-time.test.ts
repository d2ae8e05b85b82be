import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/reading-time';

describe('reading time', () => {
  it('counts prose words and ignores imports and JSX tags', () => {
    const mdx = "import Chart from '../x';\n\nWriters lost <Stat id=\"a\" /> of their work.\n\n<Chart id=\"b\" />";
    expect(countWords(mdx)).toBe(5);
  });
  it('rounds to whole minutes with a floor of one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 7))).toBe(7);
  });
});
