import type { z } from 'zod';
import { bloomberryCategorySchema } from './bloomberry-categories';
import { evidenceSchema } from './evidence';
import { figureSchema } from './figures';
import { goodEnoughPriceSchema } from './good-enough-prices';
import { occupationExposureSchema } from './occupation-exposure';
import { oliMonthlySchema } from './oli-monthly';
import { platformMetricSchema } from './platform-metrics';
import { sideHustleSchema } from './side-hustle';
import { studyEstimateSchema } from './study-estimates';

/** The TypeScript row schema of each resource, by resource name: static types for the datapackage's tables. */
export const rowSchemas = {
  figures: figureSchema,
  'study-estimates': studyEstimateSchema,
  'bloomberry-categories': bloomberryCategorySchema,
  'platform-metrics': platformMetricSchema,
  'side-hustle': sideHustleSchema,
  'good-enough-prices': goodEnoughPriceSchema,
  'oli-monthly': oliMonthlySchema,
  'occupation-exposure': occupationExposureSchema,
  evidence: evidenceSchema,
} as const satisfies Record<string, z.ZodObject>;

/** A resource name that has a TypeScript row schema. */
export type TypedResourceName = keyof typeof rowSchemas;

/** The row type of a typed resource. */
export type RowOf<N extends TypedResourceName> = z.infer<(typeof rowSchemas)[N]>;

/** The row schema for a resource name, if it has one. */
export function rowSchemaFor(name: string): z.ZodObject | undefined {
  return Object.hasOwn(rowSchemas, name) ? rowSchemas[name as TypedResourceName] : undefined;
}
