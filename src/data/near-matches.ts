function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Up to `max` candidates closest to `target` (edit distance, or one containing the other), best first. */
export function nearMatches(target: string, candidates: Iterable<string>, max = 3): string[] {
  const t = target.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const l = c.toLowerCase();
    const d = l.includes(t) || t.includes(l) ? 0.5 : distance(t, l);
    if (d <= Math.max(2, Math.floor(Math.max(t.length, l.length) / 3))) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, max).map(([c]) => c);
}

/** " (did you mean "a", "b"?)" for an unknown id, or "" when nothing is close. */
export function didYouMean(target: string, candidates: Iterable<string>): string {
  const near = nearMatches(target, candidates);
  return near.length === 0 ? '' : ` (did you mean ${near.map((n) => JSON.stringify(n)).join(', ')}?)`;
}
