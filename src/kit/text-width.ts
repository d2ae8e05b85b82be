// Why an estimate: there is no canvas at build time. Widths are Inter's advance widths (em), grouped,
// so labels can be placed and margins sized the same on every machine.
const NARROW = new Set('iIjl.,:;|!\'’ ()[]{}'.split(''));
const WIDE = new Set('mwMW%@'.split(''));
const DIGITS = /[0-9$+\u2212\-]/;

/** Estimated width of `s` in px at `fontSize`, for Inter (slightly generous, so labels never clip). */
export function textWidth(s: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  let em = 0;
  for (const ch of s) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (DIGITS.test(ch)) em += 0.62;
    else if (ch === ' ') em += 0.28;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * fontSize * (weight === 'bold' ? 1.06 : 1);
}

/** Break text into lines no wider than `maxWidth` (words are never split). */
export function wrapText(s: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
