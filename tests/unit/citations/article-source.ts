// Helpers for the article checks: read an article's MDX and reduce it to the prose a reader sees.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Digit runs allowed in prose although they are not years or dates: names, not quantities. */
export const DIGIT_ESCAPES = ['3D'];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** One article: its file, front matter text and MDX body. */
export interface ArticleSource {
  file: string;
  slug: string;
  frontmatter: string;
  body: string;
  /** Lines before the body (front matter and its fences): body line n is file line n + bodyOffset. */
  bodyOffset: number;
}

/** Every article in content/articles/. */
export function readArticles(dir = path.join(process.cwd(), 'content/articles')): ArticleSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${f}: no front matter`);
      return { file: `content/articles/${f}`, slug: f.replace(/\.mdx$/, ''), frontmatter: m[1]!, body: m[2]!, bodyOffset: m[1]!.split('\n').length + 2 };
    });
}

/** Chart placements in document order, live (<Chart id>) or waiting for the component ({/* <Chart id> *\/}). */
export function chartPlacements(body: string): Array<{ id: string; line: number }> {
  return body.split('\n').flatMap((l, i) => {
    const m = /^\s*(?:\{\/\*\s*)?<Chart\b[^>]*\bid="([^"]+)"[^>]*\/>\s*(?:\*\/\})?\s*$/.exec(l);
    return m ? [{ id: m[1]!, line: i + 1 }] : [];
  });
}

/** The block (paragraph, heading, list, chart) before the line given, as raw text. */
export function blockBefore(body: string, line: number): string {
  const lines = body.split('\n').slice(0, line - 1);
  while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  const block: string[] = [];
  while (lines.length && lines.at(-1)!.trim() !== '') block.unshift(lines.pop()!);
  return block.join('\n');
}

/** h2 headings of the body. */
export function h2s(body: string): string[] {
  return body.split('\n').filter((l) => /^## /.test(l)).map((l) => l.slice(3).trim());
}

/** The prose as typed: imports, comments and component tags removed (each <Stat> becomes `statReplacement`). */
export function prose(body: string, statReplacement = ''): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Stat\b[^>]*?\/>/g, statReplacement)
    .replace(/<(Cite|Chart)\b[^>]*?\/>/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
}

/** Digit runs left in the prose that are neither a year, a day of a month, nor an escape. */
export function strayDigits(body: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  prose(body).split('\n').forEach((l, i) => {
    let rest = l;
    for (const e of DIGIT_ESCAPES) rest = rest.split(e).join(' ');
    rest = rest
      .replace(new RegExp(`\\b\\d{1,2} (?:${MONTHS})\\b`, 'g'), ' ')
      .replace(new RegExp(`\\b(?:${MONTHS}) \\d{1,2}\\b`, 'g'), ' ')
      .replace(/\b(?:19|20)\d{2}\b/g, ' ');
    for (const m of rest.matchAll(/\d+/g)) found.push({ line: i + 1, text: l.trim() });
  });
  return found;
}

/** Words a reader sees: prose with each <Stat> counted as one word, markdown marks dropped. */
export function wordCount(body: string): number {
  return prose(body, ' N ')
    .replace(/[#*_>`|]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `<Stat id>` and `<Cite id>` ids in the body, in order of first use. */
export function idsOf(body: string, component: 'Stat' | 'Cite'): string[] {
  return [...new Set([...body.matchAll(new RegExp(`<${component}\\b[^>]*?\\bid="([^"]+)"`, 'g'))].map((m) => m[1]!))];
}
