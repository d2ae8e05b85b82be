import { z } from 'zod';
import { KINDS, UNITS } from '../../lib/format/units';
import { optionalText, provenance, text } from './common';

/** A row of data/figures.csv: one number the prose states, with its source and the exact quote. */
export const figureSchema = z.strictObject({
  id: text,
  value: z.number(),
  unit: z.enum(UNITS),
  kind: z.enum(KINDS),
  label: text,
  ...provenance,
  period: text,
  note: optionalText,
});

/** A figures.csv row as typed by {@link figureSchema}. */
export type FigureRow = z.infer<typeof figureSchema>;
