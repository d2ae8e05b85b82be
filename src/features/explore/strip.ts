// Build-time geometry of the explorer's strip plot: one dot per occupation along a 0–1 axis, spread
// vertically by a fixed low-discrepancy jitter so dense stretches read as dense. All dots are one SVG
// path of zero-length segments with round caps, so 923 marks cost one element. The browser only
// moves a highlight over it.

/** Strip plot geometry: the box, the axis's x range, the dot band and the dots path. */
export interface Strip {
  width: number;
  height: number;
  /** Left and right x of the 0–1 axis, so the browser can place the highlight the same way. */
  x0: number;
  x1: number;
  /** Top and bottom y of the dot band. */
  y0: number;
  y1: number;
  d: string;
}

/** Golden-ratio conjugate: successive multiples mod 1 spread evenly over [0, 1). */
const PHI = 0.6180339887498949;

/** Strip plot of shares in 0–1; `shares` in any order (they are sorted so the jitter is stable). */
export function strip(shares: readonly number[], width = 480, height = 84, padX = 16): Strip {
  const x0 = padX;
  const x1 = width - padX;
  const y0 = 30;
  const y1 = 60;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const d = [...shares]
    .sort((a, b) => a - b)
    .map((s, i) => `M${r1(x0 + s * (x1 - x0))} ${r1(y0 + ((i * PHI) % 1) * (y1 - y0))}h0`)
    .join('');
  return { width, height, x0, x1, y0, y1, d };
}
