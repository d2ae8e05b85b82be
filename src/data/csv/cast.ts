import type { FieldDescriptor, FieldType } from '../schemas/package';

/** A cell after casting: numbers and booleans typed, dates kept as "YYYY-MM-DD" strings, missing → null. */
export type CellValue = string | number | boolean | null;

/** A cast result: the value, or a message saying what is wrong with the text. */
export type CastResult = { ok: true; value: Exclude<CellValue, null> } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `text` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Cast one non-missing cell to its field type, strictly: no thousands separators, units, NaN or Infinity. */
export function castCell(text: string, type: FieldType): CastResult {
  const shown = JSON.stringify(text);
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number': {
      if (!NUMBER.test(text)) return { ok: false, message: `${shown} is not a number` };
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, message: `${shown} is not a finite number` };
      return { ok: true, value: n };
    }
    case 'integer': {
      if (!INTEGER.test(text)) return { ok: false, message: `${shown} is not an integer` };
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return { ok: false, message: `${shown} is too large for an integer` };
      return { ok: true, value: n };
    }
    case 'date':
      if (!DATE.test(text)) return { ok: false, message: `${shown} is not a date (expected YYYY-MM-DD)` };
      if (!isIsoDate(text)) return { ok: false, message: `${shown} is not a real calendar date` };
      return { ok: true, value: text };
    case 'boolean':
      if (text === 'true') return { ok: true, value: true };
      if (text === 'false') return { ok: true, value: false };
      return { ok: false, message: `${shown} is not a boolean (expected true or false)` };
  }
}

/** Cast an enum list from the schema to the field's type, so typed values can be compared. */
export function castEnum(field: FieldDescriptor): Set<Exclude<CellValue, null>> | undefined {
  const list = field.constraints?.enum;
  if (!list) return undefined;
  const out = new Set<Exclude<CellValue, null>>();
  for (const entry of list) {
    const cast = castCell(String(entry), field.type);
    if (cast.ok) out.add(cast.value);
  }
  return out;
}
