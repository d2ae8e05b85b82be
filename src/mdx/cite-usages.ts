import type { CiteLocation } from '../citations';
import type { JsxNodeLike } from './stat-usages';

/** The MDX component whose `id` must name an entry of data/sources.json. */
export const CITE_COMPONENT = 'Cite';

/** An MDX JSX node as the citation plugin reads and rewrites it. */
export interface CiteNode extends JsxNodeLike {
  children?: unknown[];
}

/** True for an MDX JSX element named Cite (flow or text). */
export function isCiteNode(node: JsxNodeLike): node is CiteNode {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === CITE_COMPONENT;
}

/** Read the literal `id`, the position and whether the node has children. */
export function citeLocation(node: CiteNode): CiteLocation {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = typeof attr?.value === 'string' ? attr.value : undefined;
  return { id, line: node.position?.start.line, column: node.position?.start.column, hasChildren: (node.children?.length ?? 0) > 0 };
}

/** Put the reference order and per-source marker counts on `data.astro.frontmatter` (creating the objects when absent). */
export function recordCitations(data: Record<string, unknown>, ids: string[], counts: Record<string, number>): void {
  const astro = (data.astro ??= {}) as Record<string, unknown>;
  const frontmatter = (astro.frontmatter ??= {}) as Record<string, unknown>;
  frontmatter.citeIds = ids;
  frontmatter.citeCounts = counts;
}
