import { fileURLToPath } from 'node:url';
import type { LoadOptions } from '../data/load';
import { checkCiteUsages, numberCitations } from '../citations';
import { citeLocation, isCiteNode, recordCitations, type CiteNode } from './cite-usages';
import { articleLabel } from './stat-usages';

/** What this plugin needs from Sätteri's mdast visitor context. */
interface SatteriContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
  replaceNode(node: unknown, replacement: unknown): void;
  parent(node: unknown): { children: readonly unknown[] } | undefined;
  indexOf(node: unknown): number | undefined;
}

/** An mdast text node. */
interface TextNode {
  type: 'text';
  value: string;
}

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

/**
 * Sätteri mdast plugin for footnote citations. Fails the MDX compile when a `<Cite id="…">` names no
 * entry of data/sources.json (`content/articles/x.mdx:12:5: unknown source id "x"`); otherwise numbers
 * the markers in order of first appearance, rewriting each to `<Cite id n k joined />` (reference
 * number, occurrence of that source, whether it directly follows another marker) with the space
 * before it removed, and records
 * `citeIds` (reference-list order) and `citeCounts` on the compiled frontmatter.
 * Register next to satteriCheckFigures: `satteri({ mdastPlugins: [satteriCheckFigures(), satteriCitations()] })`.
 */
export function satteriCitations(options: LoadOptions = {}) {
  return function citationsFactory() {
    const nodes: Array<{ node: CiteNode; joined: boolean; before: TextNode | undefined }> = [];
    const visit = (node: CiteNode, ctx: SatteriContext) => {
      if (!isCiteNode(node)) return;
      const index = ctx.indexOf(node);
      const previous = (index ? ctx.parent(node)?.children[index - 1] : undefined) as CiteNode | TextNode | undefined;
      const before = previous?.type === 'text' && /\s$/.test((previous as TextNode).value) ? (previous as TextNode) : undefined;
      nodes.push({ node, joined: previous !== undefined && isCiteNode(previous as CiteNode), before });
    };
    return {
      name: 'citations',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(_root: unknown, ctx: SatteriContext) {
        const file = articleLabel(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
        const locations = nodes.map(({ node }) => citeLocation(node));
        checkCiteUsages(locations, file, options);
        const numbering = numberCitations(locations.map((l) => ({ id: l.id! })));
        numbering.marks.forEach((mark, i) => {
          const { node, joined, before } = nodes[i]!;
          // A footnote marker sits against the word it follows ("earnings¹"), whatever the source spacing.
          if (before) ctx.replaceNode(before, { type: 'text', value: before.value.trimEnd() });
          const attributes = [attribute('id', mark.id), attribute('n', String(mark.n)), attribute('k', String(mark.occurrence))];
          if (joined) attributes.push(attribute('joined', 'true'));
          ctx.replaceNode(node, { type: node.type, name: node.name, attributes, children: [] });
        });
        recordCitations(ctx.data, numbering.ids, numbering.counts);
      },
    };
  };
}
