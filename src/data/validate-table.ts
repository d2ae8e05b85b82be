import fs from 'node:fs';
import { castCell, castEnum, type CellValue } from './csv/cast';
import { parseCsv } from './csv/parse-csv';
import type { DataIssue } from './errors';
import { displayPath } from './paths';
import type { FieldDescriptor, ResourceDescriptor } from './schemas/package';
import type { LoadedTable, Row } from './table';

const show = (v: unknown) => JSON.stringify(v);

/** The primary key as a list of field names (empty when the resource has none). */
export function primaryKeyOf(resource: ResourceDescriptor): string[] {
  const pk = resource.schema.primaryKey;
  return pk === undefined ? [] : typeof pk === 'string' ? [pk] : pk;
}

function checkHeader(header: string[], fields: FieldDescriptor[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const n = Math.max(header.length, fields.length);
  for (let i = 0; i < n; i++) {
    const got = header[i];
    const want = fields[i]?.name;
    if (got === want) continue;
    const message =
      want === undefined
        ? `header has an extra column ${show(got)} that the schema does not define`
        : got === undefined
          ? `header is missing column ${show(want)} (schema field ${i + 1})`
          : `header column ${i + 1} is ${show(got)}, the schema expects ${show(want)}`;
    issues.push({ file, line: 1, column: want ?? got ?? `#${i + 1}`, message });
  }
  return issues;
}

function checkWidth(record: string[], fields: FieldDescriptor[], file: string, line: number): DataIssue | undefined {
  if (record.length === fields.length) return undefined;
  if (record.length === 1 && record[0] === '' && fields.length > 1) {
    return { file, line, column: 'row', message: 'blank line inside the table' };
  }
  if (record.length < fields.length) {
    const missing = fields.slice(record.length).map((f) => f.name).join(', ');
    return {
      file,
      line,
      column: fields[record.length]!.name,
      message: `short row: ${record.length} of ${fields.length} fields, missing ${missing}`,
    };
  }
  return {
    file,
    line,
    column: '(extra)',
    message:
      `long row: ${record.length} fields, the header has ${fields.length} ` +
      `(first extra value ${show(record[fields.length])}; quote values that contain commas)`,
  };
}

/**
 * Read one CSV resource and check it against its schema: header, row width, required values,
 * types, enums, unique fields and the primary key. Every problem becomes a file:line: column issue.
 */
export function validateTable(resource: ResourceDescriptor, absolutePath: string): { table?: LoadedTable; issues: DataIssue[] } {
  const file = displayPath(absolutePath);
  const fields = resource.schema.fields;
  let text: string;
  try {
    text = fs.readFileSync(absolutePath, 'utf8');
  } catch {
    return { issues: [{ file, column: 'file', message: `file not found (resource ${show(resource.name)})` }] };
  }
  const csv = parseCsv(text);
  if (csv.unterminatedQuoteLine !== undefined) {
    const line = csv.unterminatedQuoteLine;
    const last = csv.records.at(-1);
    const column = (last && fields[last.length - 1]?.name) ?? 'row';
    return { issues: [{ file, line, column, message: 'a quoted value opens here and never closes (unbalanced ")' }] };
  }
  const headerIssues = checkHeader(csv.header, fields, file);
  if (headerIssues.length > 0) return { issues: headerIssues };

  const issues: DataIssue[] = [];
  const missingValues = new Set(resource.schema.missingValues ?? ['']);
  const enums = fields.map(castEnum);
  const pk = primaryKeyOf(resource);
  const uniqueFields = fields.filter((f) => f.constraints?.unique || (pk.length === 1 && pk[0] === f.name));
  const seen = new Map<string, Map<CellValue, number>>(uniqueFields.map((f) => [f.name, new Map()]));
  const seenKeys = new Map<string, number>();
  const rows: Row[] = [];
  const records: string[][] = [];
  const lines: number[] = [];

  csv.records.forEach((record, r) => {
    const line = csv.lines[r]!;
    const width = checkWidth(record, fields, file, line);
    if (width) return void issues.push(width);
    const row: Row = {};
    let rowOk = true;
    fields.forEach((field, c) => {
      const cell = record[c]!;
      const fail = (message: string) => {
        rowOk = false;
        issues.push({ file, line, column: field.name, message });
      };
      if (missingValues.has(cell)) {
        row[field.name] = null;
        if (field.constraints?.required || pk.includes(field.name)) fail('required value is missing');
        return;
      }
      const cast = castCell(cell, field.type);
      if (!cast.ok) return fail(cast.message);
      const allowed = enums[c];
      if (allowed && !allowed.has(cast.value)) {
        return fail(`${show(cell)} is not one of: ${field.constraints!.enum!.map(String).join(', ')}`);
      }
      const firstLine = seen.get(field.name)?.get(cast.value);
      if (firstLine !== undefined) fail(`duplicate value ${show(cell)} (first on line ${firstLine})`);
      else seen.get(field.name)?.set(cast.value, line);
      row[field.name] = cast.value;
    });
    if (pk.length > 1 && pk.every((k) => row[k] !== null && row[k] !== undefined)) {
      const key = JSON.stringify(pk.map((k) => row[k]));
      const firstLine = seenKeys.get(key);
      if (firstLine !== undefined) {
        rowOk = false;
        const values = pk.map((k) => `${k}=${show(row[k])}`).join(', ');
        issues.push({ file, line, column: pk.join('+'), message: `duplicate primary key ${values} (first on line ${firstLine})` });
      } else seenKeys.set(key, line);
    }
    if (rowOk) {
      rows.push(row);
      records.push(record);
      lines.push(line);
    }
  });
  return { table: { resource, file, fields, rows, records, lines }, issues };
}
