import path from 'node:path';
import { getFigures } from '../data/figures';
import type { LoadOptions } from '../data/load';
import { didYouMean } from '../data/near-matches';
import { UnknownIdError } from '../lib/unknown-id-error';

/** The MDX component whose `id` must name a row of data/figures.csv. */
export const STAT_COMPONENT = 'Stat';

/** The parts of an mdast MDX JSX node (mdxJsxFlowElement / mdxJsxTextElement) this check reads. */
export interface JsxNodeLike {
  type: string;
  name?: string | null;
  attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } } | undefined;
}

/** One `<Stat>` in an article: its literal id (undefined when missing or an expression) and position. */
export interface StatUsage {
  id: string | undefined;
  line: number | undefined;
  column: number | undefined;
}

/** True for an MDX JSX element named Stat (flow or text). */
export function isStatNode(node: JsxNodeLike): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === STAT_COMPONENT;
}

/** Read the literal `id` and the position of a `<Stat>` node. */
export function statUsage(node: JsxNodeLike): StatUsage {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = typeof attr?.value === 'string' ? attr.value : undefined;
  return { id, line: node.position?.start.line, column: node.position?.start.column };
}

/** The article path as errors show it: relative to the working directory (the project root). */
export function articleLabel(filePath: string | undefined): string {
  if (!filePath) return '<unknown file>';
  const rel = path.relative(process.cwd(), filePath);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel).split(path.sep).join('/');
}

/**
 * Check an article's `<Stat>` usages against data/figures.csv. Returns the ids used (first-use order,
 * no repeats); throws one UnknownIdError listing every `file:line:col: unknown figure id "x"`.
 */
export function checkStatUsages(usages: readonly StatUsage[], filePath: string | undefined, options: LoadOptions = {}): string[] {
  if (usages.length === 0) return [];
  const known = new Set(getFigures(options).map((f) => f.id));
  const file = articleLabel(filePath);
  const problems: Array<[string, StatUsage]> = [];
  const used: string[] = [];
  for (const u of usages) {
    const where = `${file}:${u.line ?? '?'}:${u.column ?? '?'}`;
    if (u.id === undefined) problems.push([`${where}: <Stat> needs a literal id="…" naming a row of data/figures.csv`, u]);
    else if (!known.has(u.id)) problems.push([`${where}: unknown figure id "${u.id}"${didYouMean(u.id, known)}`, u]);
    else if (!used.includes(u.id)) used.push(u.id);
  }
  if (problems.length > 0) throw new UnknownIdError(problems.map(([m]) => m), problems[0]![1]);
  return used;
}

/** Put the ids on `data.astro.frontmatter.figureIds` (creating the objects when absent). */
export function recordFigureIds(data: Record<string, unknown>, ids: string[]): void {
  const astro = (data.astro ??= {}) as Record<string, unknown>;
  const frontmatter = (astro.frontmatter ??= {}) as Record<string, unknown>;
  frontmatter.figureIds = ids;
}
