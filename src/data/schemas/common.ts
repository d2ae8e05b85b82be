import { z } from 'zod';
import { GRADES } from './source';

/** A required text cell. */
export const text = z.string().min(1);
/** A text cell that may be empty (null). */
export const optionalText = z.string().nullable();
/** A date cell, kept as its "YYYY-MM-DD" text. */
export const isoDate = z.iso.date();
/** A source grade: P (the authors' or issuer's own words) or S (news quoting them). */
export const grade = z.enum(GRADES);
/** The provenance columns every research table shares. */
export const provenance = {
  source: text,
  reported_by: optionalText,
  locator: text,
  quote: text,
  grade,
};
