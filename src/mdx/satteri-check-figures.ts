import { fileURLToPath } from 'node:url';
import type { LoadOptions } from '../data/load';
import { checkStatUsages, isStatNode, recordFigureIds, statUsage, type JsxNodeLike, type StatUsage } from './stat-usages';

/** What this plugin needs from Sätteri's mdast visitor context. */
interface SatteriContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
}

/**
 * The `<Stat>` id check as a Sätteri mdast plugin, for Astro 7's default Markdown
 * processor (which does not run remark plugins): `satteri({ mdastPlugins: [satteriCheckFigures()] })`.
 * Returns a plugin factory, so Sätteri makes a fresh plugin (and usage list) for every document.
 */
export function satteriCheckFigures(options: LoadOptions = {}) {
  return function checkFiguresFactory() {
    const usages: StatUsage[] = [];
    const visit = (node: JsxNodeLike) => {
      if (isStatNode(node)) usages.push(statUsage(node));
    };
    return {
      name: 'check-figures',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(_root: unknown, ctx: SatteriContext) {
        const filePath = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
        recordFigureIds(ctx.data, checkStatUsages(usages, filePath, options));
      },
    };
  };
}
