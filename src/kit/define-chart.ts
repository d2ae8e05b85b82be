import { chartMetaSchema, type ChartDefinition, type ChartRow } from './types';

/** Check a chart definition's metadata with zod and return it unchanged; errors name the chart. */
export function defineChart<R extends ChartRow>(def: ChartDefinition<R>): ChartDefinition<R> {
  const result = chartMetaSchema.safeParse(def);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`Chart "${String(def.id)}": ${issues}`);
  }
  return def;
}
