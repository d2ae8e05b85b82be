import { z } from 'zod';
import { regularSeriesSchema } from './regular-series';

/** Field types the loader can cast (a subset of Frictionless Table Schema types). */
export const FIELD_TYPES = ['string', 'number', 'integer', 'date', 'boolean'] as const;

/** A Table Schema field constraint set (the subset we enforce). */
export const constraintsSchema = z.looseObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
});

/** One column of a resource: name, type, and what it means. */
export const fieldSchema = z.looseObject({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().min(1).optional(),
  constraints: constraintsSchema.optional(),
});

/** A Frictionless license object. */
export const licenseSchema = z.looseObject({
  name: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
});

/** A Frictionless source object (human-readable provenance of a resource). */
export const packageSourceSchema = z.looseObject({
  title: z.string().min(1),
  path: z.string().min(1).optional(),
});

/** A tabular data resource: one CSV file in data/ with its schema and provenance. */
export const resourceSchema = z.looseObject({
  name: z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be lower-case letters, digits, "-", "_" or "."'),
  path: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.\/-]*\.csv$/, 'must be a relative path to a .csv file inside data/')
    .refine((p) => !p.split('/').includes('..'), 'must not leave data/'),
  title: z.string().min(1),
  description: z.string().min(1),
  licenses: z.array(licenseSchema).min(1),
  sources: z.array(packageSourceSchema).min(1),
  'x-source-ids': z.array(z.string().min(1)).optional(),
  /** A time series that must have a row for every period (src/data/regular-series.ts). */
  'x-regular-series': regularSeriesSchema.optional(),
  schema: z.looseObject({
    fields: z.array(fieldSchema).min(1),
    primaryKey: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    missingValues: z.array(z.string()).optional(),
  }),
});

/** One number the source pack grades T (do not publish), with the words that give it its sense. */
export const tOnlyNumberSchema = z.strictObject({
  /** The number as quotes write it ("25%", "$5,002", "796,000"); "N percent" in a quote counts as "N%". */
  number: z.string().min(1),
  /** Words or phrases that must ALL appear in the same quote for it to be this figure (at least one). */
  context: z.array(z.string().min(1)).min(1),
  /** What the figure is ("Upwork AI-related GSV growth, Q1 2025"). */
  figure: z.string().min(1),
  /** Where the pack grades it T (file and section). */
  pack: z.string().min(1),
});

/** data/datapackage.json: a Frictionless tabular data package (x-raw and other extensions pass through). */
export const dataPackageSchema = z.looseObject({
  name: z.string().min(1).optional(),
  /** When the package was created (ISO 8601); citations of our own data take their year from it. */
  created: z.iso.datetime({ offset: true }).optional(),
  /** Outlet or issuer name → its own hosts: a work's URL must be on one (see src/data/outlet-hosts.ts). */
  'x-outlet-hosts': z.record(z.string(), z.array(z.string().min(1))).optional(),
  /** Numbers no quote may carry (src/data/t-only-rules.ts): the rule and its list. */
  'x-t-only-numbers': z
    .strictObject({ rule: z.string().min(1), numbers: z.array(tOnlyNumberSchema) })
    .optional(),
  licenses: z.array(licenseSchema).optional(),
  resources: z.array(resourceSchema).min(1),
});

/** The data package after validation. */
export type DataPackage = z.infer<typeof dataPackageSchema>;
/** One resource descriptor from the data package. */
export type ResourceDescriptor = z.infer<typeof resourceSchema>;
/** One entry of the package's x-t-only-numbers list. */
export type TOnlyNumber = z.infer<typeof tOnlyNumberSchema>;
/** One field descriptor from a resource schema. */
export type FieldDescriptor = z.infer<typeof fieldSchema>;
/** One of {@link FIELD_TYPES}. */
export type FieldType = (typeof FIELD_TYPES)[number];
