import type { Figure } from './figures';
import type { LoadOptions } from './load';
import { sourceShortName } from './source-name';
import { getSource } from './sources';

/** Who a figure comes from: "Alpha et al. (2024)", or for grade S "Platform B (2023), as reported by Delta (2024)". */
export function figureAttribution(figure: Figure, options?: LoadOptions): string {
  const source = sourceShortName(getSource(figure.source, options));
  if (figure.grade !== 'S' || !figure.reported_by) return source;
  return `${source}, as reported by ${sourceShortName(getSource(figure.reported_by, options))}`;
}

/** One-sentence description of a figure for tooltips and screen readers: "Label. Source: …." */
export function describeFigure(figure: Figure, options?: LoadOptions): string {
  return `${figure.label}. Source: ${figureAttribution(figure, options)}.`;
}
