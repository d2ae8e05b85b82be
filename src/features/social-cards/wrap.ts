/**
 * Greedy word wrap by an estimated text width (resvg draws text but does not wrap it).
 * `emWidth` is the average advance of one character in ems for the font; a line holds
 * about `maxWidth / (size * emWidth)` characters. Returns at most `maxLines` lines, the last
 * ending in "…" when the text had to be cut.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number, emWidth = 0.5): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (size * emWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1]!.replace(/[\s,.;:–—-]*\S*$/, '') + '…';
  return kept;
}
