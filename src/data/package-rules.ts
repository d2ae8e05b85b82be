import type { DataIssue } from './errors';
import { didYouMean } from './near-matches';
import type { DataPackage } from './schemas/package';
import { primaryKeyOf } from './validate-table';
import { checkSeriesDeclaration } from './regular-series';

/** Checks zod cannot express: unique resource names and paths, unique field names, primary key fields exist, x-regular-series names real fields, x-source-ids exist. */
export function checkPackageRules(pkg: DataPackage, file: string, sourceIds: ReadonlySet<string> | undefined): DataIssue[] {
  const issues: DataIssue[] = [];
  const names = new Map<string, number>();
  const paths = new Map<string, number>();
  pkg.resources.forEach((res, i) => {
    const at = `resources[${i}]`;
    if (names.has(res.name)) issues.push({ file, column: `${at}.name`, message: `duplicate resource name ${JSON.stringify(res.name)} (also resources[${names.get(res.name)}])` });
    else names.set(res.name, i);
    if (paths.has(res.path)) issues.push({ file, column: `${at}.path`, message: `duplicate path ${JSON.stringify(res.path)} (also resources[${paths.get(res.path)}])` });
    else paths.set(res.path, i);
    const fieldNames = new Set<string>();
    res.schema.fields.forEach((f, j) => {
      if (fieldNames.has(f.name)) issues.push({ file, column: `${at}.schema.fields[${j}].name`, message: `duplicate field name ${JSON.stringify(f.name)}` });
      fieldNames.add(f.name);
    });
    issues.push(...checkSeriesDeclaration(res, at, file));
    for (const key of primaryKeyOf(res)) {
      if (!fieldNames.has(key)) issues.push({ file, column: `${at}.schema.primaryKey`, message: `primary key field ${JSON.stringify(key)} is not a field` });
    }
    if (sourceIds) {
      (res['x-source-ids'] ?? []).forEach((id, j) => {
        if (!sourceIds.has(id)) {
          issues.push({ file, column: `${at}.x-source-ids[${j}]`, message: `unknown source id ${JSON.stringify(id)}${didYouMean(id, sourceIds)}` });
        }
      });
    }
  });
  return issues;
}
