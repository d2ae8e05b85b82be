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

/** What a work is, as published (decides how it is cited and what it may carry). */
export const SOURCE_KINDS = [
  'peer-reviewed-article',
  'working-paper',
  'issuer-release',
  'issuer-filing',
  'survey-release',
  'news-report',
  'dataset',
  'web-page',
  'ai-digest',
] as const;

/** What a place where the words were read is, relative to the work: the work itself, or a kind of copy. */
export const COPY_KINDS = ['original', 'mirror', 'repost', 'news-copy', 'quotation'] as const;

/** One address where the quoted words were actually read, with what that copy is and whose site holds it. */
export const readAtSchema = z.strictObject({
  url: z.url(),
  copy: z.enum(COPY_KINDS, { error: `read_at needs its kind of copy ("copy": one of ${COPY_KINDS.join(', ')})` }),
  site: z.string().min(1, 'read_at needs the name of the site holding the copy ("site")'),
});

/**
 * One WORK in data/sources.json, as published: CSL-JSON fields for the work (title or a
 * "[bracketed description]", authors or issuer, outlet, date, DOI and/or the canonical URL the pack
 * names, never a copy's address), plus our `kind`, `grade`, `read_at` (where its words were read) and `note`.
 */
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
    kind: z.enum(SOURCE_KINDS, { error: `needs its kind ("kind": one of ${SOURCE_KINDS.join(', ')})` }),
    grade: z.enum(GRADES),
    read_at: z.array(readAtSchema).min(1, 'read_at needs at least one address where the words were read'),
    note: z.string().optional(),
  });

/** data/sources.json: the bibliography, a CSL-JSON array. */
export const sourcesFileSchema = z.array(sourceSchema);

/** One bibliography entry. */
export type Source = z.infer<typeof sourceSchema>;
/** One of {@link GRADES}. */
export type Grade = (typeof GRADES)[number];
/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** One of {@link COPY_KINDS}. */
export type CopyKind = (typeof COPY_KINDS)[number];
/** One `read_at` entry. */
export type ReadAt = z.infer<typeof readAtSchema>;
