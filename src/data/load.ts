import path from 'node:path';
import { dirSignature } from './dir-signature';
import { DataValidationError, type DataIssue } from './errors';
import { checkEvidenceRules, EVIDENCE_RESOURCE } from './evidence-rules';
import { checkFigureRules, FIGURES_RESOURCE } from './figure-rules';
import { checkPackageRules } from './package-rules';
import { defaultDataDir, displayPath } from './paths';
import { readJson } from './read-json';
import { checkRegularSeries } from './regular-series';
import { dataPackageSchema, type DataPackage } from './schemas/package';
import { rowSchemaFor } from './schemas/registry';
import { sourcesFileSchema, type Source } from './schemas/source';
import { checkSourceRefs } from './source-refs';
import { checkProvenanceRules } from './provenance-rules';
import { checkDerivedFigures } from './recompute';
import { checkTOnlyNumbers } from './t-only-rules';
import { checkLocators } from './locator-rules';
import { checkResourceSourceLinks, checkSourceModel, checkSourceRules, rawSourceIds } from './source-rules';
import type { LoadedTable } from './table';
import { parseTypedRows } from './typed-rows';
import { checkUndeclaredCsvs } from './undeclared-files';
import { validateTable } from './validate-table';

/** Where to load from. */
export interface LoadOptions {
  /** Directory holding datapackage.json, sources.json and the CSVs. Default `<project root>/data`. */
  dataDir?: string;
}

/** The whole data package, validated: descriptor, bibliography and every table. */
export interface DataBundle {
  /** Absolute data directory. */
  dir: string;
  package: DataPackage;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  /** Tables by resource name, in datapackage order. */
  tables: ReadonlyMap<string, LoadedTable>;
}

const cache = new Map<string, { signature: string; bundle: DataBundle }>();

function sortIssues(issues: DataIssue[]): DataIssue[] {
  const order = new Map<string, number>();
  for (const i of issues) if (!order.has(i.file)) order.set(i.file, order.size);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => order.get(a.issue.file)! - order.get(b.issue.file)! || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.n - b.n)
    .map(({ issue }) => issue);
}

function validateAll(dir: string): DataBundle {
  const pkgPath = path.join(dir, 'datapackage.json');
  const srcPath = path.join(dir, 'sources.json');
  const pkgFile = displayPath(pkgPath);
  const srcFile = displayPath(srcPath);

  const pkgResult = readJson(pkgPath, dataPackageSchema);
  const srcResult = readJson(srcPath, sourcesFileSchema);
  const issues: DataIssue[] = [...pkgResult.issues, ...srcResult.issues];
  const sources = srcResult.value;
  const sourceIds = srcResult.raw === undefined ? undefined : new Set(rawSourceIds(srcResult.raw));
  issues.push(...checkSourceRules(srcResult.raw, srcFile));
  const sourcesById = new Map((sources ?? []).map((s) => [s.id, s]));
  const pkg = pkgResult.value;
  if (!pkg) throw new DataValidationError(sortIssues(issues));
  if (sources) {
    issues.push(...checkSourceModel(sources, srcResult.entryLines, srcFile, pkg['x-outlet-hosts'] ?? {}));
    issues.push(...checkResourceSourceLinks(pkg.resources, sources, pkgFile));
  }
  const packageIssues = checkPackageRules(pkg, pkgFile, sourceIds);
  issues.push(...packageIssues, ...checkUndeclaredCsvs(pkg, dir));
  if (packageIssues.length > 0) throw new DataValidationError(sortIssues(issues));

  const tables = new Map<string, LoadedTable>();
  for (const resource of pkg.resources) {
    const { table, issues: tableIssues } = validateTable(resource, path.join(dir, resource.path));
    issues.push(...tableIssues);
    if (!table) continue;
    if (sourceIds) issues.push(...checkSourceRefs(table, sourceIds, srcFile));
    if (resource.name === FIGURES_RESOURCE) issues.push(...checkFigureRules(table));
    if (sources) issues.push(...checkProvenanceRules(table, sourcesById));
    const series = resource['x-regular-series'];
    if (series && tableIssues.length === 0) issues.push(...checkRegularSeries(table, series));
    issues.push(...checkTOnlyNumbers(table, pkg['x-t-only-numbers']?.numbers ?? []));
    issues.push(...checkLocators(table));
    const ruleIssues = resource.name === EVIDENCE_RESOURCE ? checkEvidenceRules(table) : [];
    issues.push(...ruleIssues);
    const schema = rowSchemaFor(resource.name);
    // A row that breaks a research rule would fail the row schema too: report it once, as the rule.
    if (schema && tableIssues.length === 0 && ruleIssues.length === 0) {
      const typed = parseTypedRows(table, schema);
      issues.push(...typed.issues);
      table.typed = typed.typed;
    }
    tables.set(resource.name, table);
  }
  const figuresTable = tables.get(FIGURES_RESOURCE);
  if (figuresTable) issues.push(...checkDerivedFigures(figuresTable, tables));
  if (!pkg.resources.some((r) => r.name === FIGURES_RESOURCE)) {
    issues.push({ file: pkgFile, column: 'resources', message: `no resource named "${FIGURES_RESOURCE}" (data/figures.csv)` });
  }
  if (issues.length > 0 || !sources) throw new DataValidationError(sortIssues(issues));
  return { dir, package: pkg, sources, sourcesById, tables };
}

/**
 * Load and validate the data package once per data directory; later calls return the same bundle
 * until a file in it changes (so `astro dev` picks up edits on reload).
 * Throws one DataValidationError listing every problem in every file.
 */
export function loadData(options: LoadOptions = {}): DataBundle {
  const dir = path.resolve(options.dataDir ?? defaultDataDir());
  const signature = dirSignature(dir);
  const hit = cache.get(dir);
  if (hit && hit.signature === signature) return hit.bundle;
  const bundle = validateAll(dir);
  cache.set(dir, { signature, bundle });
  return bundle;
}

/** Forget loaded bundles (tests that rewrite a data directory, dev servers watching data/). */
export function clearDataCache(): void {
  cache.clear();
}
