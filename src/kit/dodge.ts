/**
 * Move label positions apart so none are closer than `gap`, keeping them near their targets and
 * inside [min, max]. Input order is kept in the output; the result is deterministic.
 */
export function dodge(targets: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = targets.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const pos = order.map((o) => o.y);
  // Push down, then pull back up from the bottom bound, twice: enough for the few labels a chart has.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < pos.length; k++) pos[k] = Math.max(pos[k]!, k === 0 ? min : pos[k - 1]! + gap);
    for (let k = pos.length - 1; k >= 0; k--) pos[k] = Math.min(pos[k]!, k === pos.length - 1 ? max : pos[k + 1]! - gap);
  }
  const out = new Array<number>(targets.length);
  order.forEach((o, k) => (out[o.i] = pos[k]!));
  return out;
}
