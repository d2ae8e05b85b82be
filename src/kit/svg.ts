import { escapeXml } from '../lib/escape';

/** Attribute values: undefined/null/false drop the attribute; numbers are rounded for stable output. */
export type AttrValue = string | number | boolean | null | undefined;

/** Round to 2 decimals and drop "-0", so output is byte-stable across runs and platforms. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Serialise attributes in the given order (stable), escaping values. */
export function attrs(a: Record<string, AttrValue>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : v === true ? k : escapeXml(v)}"`;
  }
  return out;
}

/** An SVG element as a string; children are already-serialised strings (use {@link text} for text). */
export function el(tag: string, a: Record<string, AttrValue> = {}, children: string | readonly string[] = ''): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner === '' && tag !== 'text' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

/** A <text> element with escaped content. */
export function text(content: string, a: Record<string, AttrValue> = {}): string {
  return el('text', a, escapeXml(content));
}

/** A group. */
export function g(a: Record<string, AttrValue>, children: readonly string[]): string {
  return el('g', a, children);
}
