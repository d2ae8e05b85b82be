import { z } from 'zod';
import { optionalText, provenance, text } from './common';

/** A row of data/good-enough-prices.csv: what an AI service and a human professional charge for one item. */
export const goodEnoughPriceSchema = z.strictObject({
  id: text,
  item: text,
  provider: text,
  price_usd: z.number().nullable(),
  price_usd_high: z.number().nullable(),
  approximate: z.boolean(),
  note: optionalText,
  ...provenance,
});

/** A good-enough-prices.csv row. */
export type GoodEnoughPrice = z.infer<typeof goodEnoughPriceSchema>;
