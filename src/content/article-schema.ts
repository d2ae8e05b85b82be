import { z } from 'astro/zod';

/** Front matter every article must have; a bad field fails the build naming the file and the field. */
export const articleSchema = z
  .object({
    title: z.string().min(5).max(120),
    dek: z.string().min(20).max(300),
    summary: z.string().min(20).max(400),
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
    authors: z.array(z.string().min(1)).min(1),
    tags: z.array(z.string().min(1)).default([]),
    heroChart: z.string().regex(/^[a-z0-9-]+$/, 'chart ids are kebab-case').optional(),
    order: z.number().int().min(0).default(0),
    draft: z.boolean().default(false),
  })
  .strict()
  .refine((a) => !a.updated || a.updated >= a.published, {
    message: 'updated must be on or after published',
    path: ['updated'],
  });

/** Article front matter after validation. */
export type ArticleData = z.infer<typeof articleSchema>;
