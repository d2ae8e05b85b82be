import { chartMetaSchema } from './chart-meta';
import type { ChartDefinition, ChartRow } from './types';

/**
 * Check a chart definition's metadata with zod and return it unchanged; errors name the chart.
 * The check runs at build and in tests; a browser bundle (views) skips it, so zod is not shipped
 * (Vite turns `import.meta.env.SSR` into the literal `false` there and drops the branch).
 */
export function defineChart<R extends ChartRow>(def: ChartDefinition<R>): ChartDefinition<R> {
  if (import.meta.env.SSR === false) return def;
  const result = chartMetaSchema().safeParse(def);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Chart "${String(def.id)}": ${issues}`);
  }
  return def;
}
