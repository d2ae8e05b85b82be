// Figures our own bundled data can recompute are recomputed: a stated value that disagrees with the
// data beyond the precision it was written with stops the build, naming the figure and both values.
// So a chart drawn from the same data cannot contradict the sentence beside it.
import { decimalsOf } from '../lib/format/decimals';
import type { DataIssue } from './errors';
import type { LoadedTable } from './table';

const OLI_KEYS: Readonly<Record<string, string>> = {
  writing: 'Writing and translation',
  software: 'Software development and technology',
  creative: 'Creative and multimedia',
  clerical: 'Clerical and data entry',
  sales: 'Sales and marketing support',
  professional: 'Professional services',
  total: 'Total',
};

const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const cell = (table: LoadedTable, r: number, name: string) => table.rows[r]![name];

/** Monthly OLI index values for an occupation in the given years, January to August only, keyed by month. */
function janAugByMonth(oli: LoadedTable, occupation: string, years: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  oli.rows.forEach((row) => {
    const month = String(row.month);
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    if (row.occupation === occupation && years.includes(y) && m <= 8) out.set(month, Number(row.index));
  });
  return out;
}
const janAug = (oli: LoadedTable, occupation: string, years: readonly number[]) => [...janAugByMonth(oli, occupation, years).values()];

// data/oli-monthly.csv keeps 4 decimals of the raw file, so a value derived from it may differ from one
// computed on the raw file by this much per index value (the stated figures were computed on the raw file).
const OLI_ROUNDING = 0.5e-4;

/** A derived value and how far rounding in the bundled data alone can move it. */
export interface Derived {
  value: number;
  slack: number;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** How to derive one figure from the bundled tables (value and rounding slack); undefined when no rule applies or its data is absent. */
export function deriveFigure(id: string, locator: string, period: string, tables: ReadonlyMap<string, LoadedTable>): Derived | undefined {
  const oli = tables.get('oli-monthly');
  const exposure = tables.get('occupation-exposure');
  let m: RegExpExecArray | null;
  if (oli && (m = /^oli-([a-z]+)-jan-aug-(\d{4})$/.exec(id)) && OLI_KEYS[m[1]!]) {
    return { value: mean(janAug(oli, OLI_KEYS[m[1]!]!, [Number(m[2])])), slack: OLI_ROUNDING };
  }
  if (oli && (m = /^oli-([a-z]+)-change-(\d{4})-(\d{2})-vs-(\d{4})-(\d{2})$/.exec(id)) && OLI_KEYS[m[1]!]) {
    // Mean of every Jan–Aug month in each window (as results_oli.txt §2 does), then the relative change.
    const before = mean(janAug(oli, OLI_KEYS[m[1]!]!, range(Number(m[2]), 2000 + Number(m[3]))));
    const after = mean(janAug(oli, OLI_KEYS[m[1]!]!, range(Number(m[4]), 2000 + Number(m[5]))));
    return { value: (after / before - 1) * 100, slack: 100 * (after / before) * (OLI_ROUNDING / before + OLI_ROUNDING / after) };
  }
  if (oli && (m = /^oli-([a-z]+)-share-(\d{4})-(\d{2})$/.exec(id)) && OLI_KEYS[m[1]!]) {
    // Mean of the monthly shares of the total over the window's Jan–Aug months.
    const years = range(Number(m[2]), 2000 + Number(m[3]));
    const part = janAugByMonth(oli, OLI_KEYS[m[1]!]!, years);
    const total = janAugByMonth(oli, 'Total', years);
    const shares = [...part].map(([month, v]) => (v / total.get(month)!) * 100);
    const value = mean(shares);
    return { value, slack: value * (OLI_ROUNDING / mean([...part.values()]) + OLI_ROUNDING / mean([...total.values()])) * 2 };
  }
  if (oli && (m = /^oli-([a-z]+)-/.exec(id)) && OLI_KEYS[m[1]!] && /^\d{4}-\d{2}$/.test(period)) {
    const row = oli.rows.find((r) => r.occupation === OLI_KEYS[m![1]!] && String(r.month).startsWith(period));
    return row === undefined ? undefined : { value: Number(row.index), slack: OLI_ROUNDING };
  }
  if (exposure && (m = /^exposure-(human|gpt4)-beta-/.exec(id))) {
    const code = /row (\d{2}-\d{4}\.\d{2})/.exec(locator)?.[1];
    const r = exposure.rows.findIndex((row) => row.onet_code === code);
    return r < 0 ? undefined : { value: Number(cell(exposure, r, m[1] === 'human' ? 'human_beta' : 'gpt4_beta')) * 100, slack: 0 };
  }
  if (exposure && (m = /^oews-.*-(median-wage|employment)-2021$/.exec(id))) {
    const soc = /OCC_CODE (\d{2}-\d{4})/.exec(locator)?.[1];
    const r = exposure.rows.findIndex((row) => row.soc_code === soc);
    return r < 0 ? undefined : { value: Number(cell(exposure, r, m[1] === 'median-wage' ? 'median_wage' : 'employment')), slack: 0 };
  }
  return undefined;
}

/**
 * Check every figure our tables can derive (OLI Jan–Aug means, window changes and shares, monthly OLI
 * values, exposure β, OEWS wages and employment) against its stated value, within half a unit of the
 * last decimal it was written with.
 */
export function checkDerivedFigures(figures: LoadedTable, tables: ReadonlyMap<string, LoadedTable>): DataIssue[] {
  const issues: DataIssue[] = [];
  const valueColumn = figures.fields.findIndex((f) => f.name === 'value');
  figures.rows.forEach((row, r) => {
    const derived = deriveFigure(String(row.id), String(row.locator ?? ''), String(row.period ?? ''), tables);
    if (derived === undefined || !Number.isFinite(derived.value)) return;
    const text = figures.records[r]![valueColumn]!;
    const tolerance = 0.5 * 10 ** -decimalsOf(text) + derived.slack + 1e-9;
    if (Math.abs(derived.value - Number(row.value)) > tolerance) {
      issues.push({
        file: figures.file,
        line: figures.lines[r]!,
        column: 'value',
        message: `${String(row.id)} states ${text} but the bundled data give ${derived.value.toFixed(Math.max(2, decimalsOf(text) + 2))} (allowed difference ${tolerance.toPrecision(2)})`,
      });
    }
  });
  return issues;
}
