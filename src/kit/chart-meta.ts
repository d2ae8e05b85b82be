import { z } from 'zod';

let schema: ReturnType<typeof build> | undefined;

/** Validates the declarative part of a definition, so a typo fails the build with the chart's id. */
export const chartMetaSchema = () => (schema ??= build());

// Built on first use, not at import: a browser bundle that imports a definition then carries no zod.
const build = () =>
  z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
  title: z.string().min(3).max(80),
  dek: z.string().min(3).max(200),
  datasets: z.array(z.string().min(1)).min(1),
  sourceIds: z.array(z.string().min(1)),
  columns: z.array(z.object({ key: z.string().min(1), label: z.string().min(1) }).loose()).min(1),
  annotations: z
    .array(z.object({ id: z.string().min(1), date: z.iso.date(), label: z.string().min(1), basis: z.string().min(1) }))
    .optional(),
  illustrative: z.boolean().optional(),
  pageLayout: z.literal('narrow').optional(),
  runtime: z.literal('vega').optional(),
}).loose();
