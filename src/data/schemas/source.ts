import { z } from 'zod';

const nameSchema = z.looseObject({
  family: z.string().min(1).optional(),
  given: z.string().optional(),
  literal: z.string().min(1).optional(),
}).refine((n) => n.family !== undefined || n.literal !== undefined, 'a name needs "family" or "literal"');

const dateSchema = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number().int(), z.string().regex(/^\d+$/)])).min(1)).min(1).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});

/** Source grades: P = the authors' or issuer's own words; S = news quoting them. */
export const GRADES = ['P', 'S'] as const;

/** One CSL-JSON item in data/sources.json (the subset we use, plus our `grade` and `note`). */
export const sourceSchema = z
  .looseObject({
    id: z.string().min(1),
    type: z.string().min(1),
    title: z.string().min(1),
    author: z.array(nameSchema).optional(),
    issued: dateSchema.optional(),
    'container-title': z.string().optional(),
    publisher: z.string().optional(),
    DOI: z.string().min(1).optional(),
    URL: z.url().optional(),
    grade: z.enum(GRADES),
    note: z.string().optional(),
  })
  .refine((s) => s.DOI !== undefined || s.URL !== undefined, { message: 'needs a DOI or a URL', path: ['DOI'] });

/** data/sources.json: the bibliography, a CSL-JSON array. */
export const sourcesFileSchema = z.array(sourceSchema);

/** One bibliography entry. */
export type Source = z.infer<typeof sourceSchema>;
/** One of {@link GRADES}. */
export type Grade = (typeof GRADES)[number];
