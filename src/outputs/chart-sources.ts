import { attribution } from '../citations';
import { getResourceDescriptor, getSource, reportedByIds, sourceShortName, type Source } from '../data';
import type { ChartDefinition, ChartRow } from '../kit/types';

/** One cited source of a chart, with who reported it (grade S: one or more reports) and the exact quotes used. */
export interface ChartSource {
  id: string;
  short: string;
  source: Source;
  /** The reports a grade S figure was read in (empty for P). */
  reporters: { id: string; short: string; source: Source }[];
  /** "Source, as reported by A and B" (the one attribution()). */
  attribution: string;
  grade: 'P' | 'S';
  quotes: { locator: string; quote: string }[];
}

/** A licence that applies to a chart's data, with the credit it requires. */
export interface ChartLicence {
  name: string;
  title: string;
  path?: string;
  attribution?: string;
  dataset: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The chart's sources: its declared ids first, then every (source, reported_by) pair its provenance accessor reads from the rows. */
export function chartSources(def: ChartDefinition<ChartRow>, rows: readonly ChartRow[]): ChartSource[] {
  const out = new Map<string, ChartSource>();
  const add = (id: string, reportedBy: string | null, grade: 'P' | 'S', quote?: { locator: string; quote: string }) => {
    const key = `${id}|${reportedBy ?? ''}`;
    let entry = out.get(key);
    if (!entry) {
      const source = getSource(id);
      const reporters = reportedByIds(reportedBy).filter((r) => r !== id).map((r) => ({ id: r, short: sourceShortName(getSource(r)), source: getSource(r) }));
      entry = { id, short: sourceShortName(source), source, reporters, attribution: attribution({ source: id, reported_by: reportedBy, grade }), grade, quotes: [] };
      out.set(key, entry);
    }
    if (quote && !entry.quotes.some((q) => q.quote === quote.quote && q.locator === quote.locator)) entry.quotes.push(quote);
  };
  for (const id of def.sourceIds) add(id, null, getSource(id).grade);
  const provenance = def.provenance;
  if (provenance) {
    for (const r of rows) {
      const { source, reported_by, grade, locator, quote } = provenance(r);
      add(source, grade === 'S' ? reported_by : null, grade, locator && quote ? { locator, quote } : undefined);
    }
  }
  return [...out.values()];
}

/** "Source: A (2024); B (2023), as reported by C (2024)." */
export function sourceLine(sources: readonly ChartSource[]): string {
  const parts = sources.map((s) => s.attribution);
  return `${parts.length > 1 ? 'Sources' : 'Source'}: ${[...new Set(parts)].join('; ')}.`;
}

/** Licences of the datasets a chart draws on (deduplicated by name and attribution). */
export function chartLicences(def: ChartDefinition<ChartRow>): ChartLicence[] {
  const out: ChartLicence[] = [];
  for (const dataset of def.datasets) {
    for (const l of getResourceDescriptor(dataset).licenses) {
      const attribution = str((l as Record<string, unknown>)['x-attribution']) ?? undefined;
      const name = l.name ?? l.title ?? 'unknown';
      if (out.some((o) => o.name === name && o.attribution === attribution)) continue;
      out.push({ name, title: l.title ?? name, ...(l.path ? { path: l.path } : {}), ...(attribution ? { attribution } : {}), dataset });
    }
  }
  return out;
}

/** One line for images and embeds: "Data: CC-BY-4.0 (…credit…); MIT." */
export function licenceLine(licences: readonly ChartLicence[]): string {
  return `Data licence: ${licences.map((l) => l.name).filter((v, i, a) => a.indexOf(v) === i).join(', ')}.`;
}
