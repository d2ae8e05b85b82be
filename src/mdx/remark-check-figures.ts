import type { LoadOptions } from '../data/load';
import { checkStatUsages, isStatNode, recordFigureIds, statUsage, type JsxNodeLike, type StatUsage } from './stat-usages';

interface UnistNode extends JsxNodeLike {
  children?: UnistNode[];
}

interface VFileLike {
  path?: string;
  data: Record<string, unknown>;
}

function walk(node: UnistNode, out: StatUsage[]): void {
  if (isStatNode(node)) out.push(statUsage(node));
  for (const child of node.children ?? []) walk(child, out);
}

/**
 * Remark (unified) plugin: fail the MDX compile when a `<Stat id="…">` names no row of data/figures.csv
 * (`content/articles/x.mdx:12:5: unknown figure id "x"`), and record the ids used on
 * `file.data.astro.frontmatter.figureIds`. For Astro's default Sätteri processor use satteriCheckFigures.
 */
export function remarkCheckFigures(options: LoadOptions = {}) {
  return function transformer(tree: UnistNode, file: VFileLike): void {
    const usages: StatUsage[] = [];
    walk(tree, usages);
    recordFigureIds(file.data, checkStatUsages(usages, file.path, options));
  };
}

export default remarkCheckFigures;
