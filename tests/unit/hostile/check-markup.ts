// Assertions shared by the hostile-data tests: the output's structure is what the benign output's is
// (no element or attribute smuggled in by data), and the hostile text reads back exactly as written.
import { expect } from 'vitest';
import { attrsOf, parseHtmlFragment, textContent, walkElements } from '../../support/html-dom.mjs';
import { DOUBLE_ESCAPED, EVENT_ATTR, FORBIDDEN_TAGS, HOSTILE } from './strings';

/** How many of each element that data must never create. */
export function riskyTagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries([...FORBIDDEN_TAGS, 'svg', 'style'].map((t) => [t, 0]));
  walkElements(parseHtmlFragment(html), (el) => {
    if (el.tagName && el.tagName in counts) counts[el.tagName]!++;
  });
  return counts;
}

/** Attributes that would run script, as "tag[attr]". */
export function eventAttributes(html: string): string[] {
  const out: string[] = [];
  walkElements(parseHtmlFragment(html), (el) => {
    for (const name of Object.keys(attrsOf(el))) if (EVENT_ATTR.test(name)) out.push(`${el.tagName}[${name}]`);
  });
  return out;
}

/** Decoded text and attribute values of a fragment, as a reader or assistive technology gets them. */
export function readable(html: string): string {
  const root = parseHtmlFragment(html);
  const parts = [textContent(root)];
  walkElements(root, (el) => parts.push(...Object.values(attrsOf(el))));
  return parts.join('\n');
}

/**
 * The hostile output has the same risky elements as the benign one, no event attributes and no text
 * that was escaped twice. Parsed as a browser parses it: "<" inside a quoted attribute is inert text.
 */
export function expectInert(hostile: string, benign: string, where: string): void {
  expect(riskyTagCounts(hostile), `${where}: elements created by data`).toEqual(riskyTagCounts(benign));
  expect(eventAttributes(hostile), `${where}: event-handler attributes`).toEqual([]);
  const text = readable(hostile);
  const doubled = text.split('\n').filter((line) => DOUBLE_ESCAPED.test(line) && !DOUBLE_ESCAPED.test(readable(benign)));
  expect(doubled, `${where}: text escaped twice`).toEqual([]);
}

/** A reader of a fragment's text: `has(s)` is true when s reads as written (whitespace aside), or,
 * with `cut`, when at least its first 12 characters do (a visibly truncated label). */
export function textReader(html: string): { has(s: string, cut?: boolean): boolean } {
  const all = readable(html).replace(/\s+/g, ' ');
  return {
    has(s, cut = false) {
      const t = s.replace(/\s+/g, ' ');
      return all.includes(t) || (cut && all.includes(t.slice(0, 12)));
    },
  };
}

export { HOSTILE };
