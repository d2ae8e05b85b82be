import type { DataIssue } from './errors';

/** The string ids in a parsed sources.json array (also when some items failed the schema). */
export function rawSourceIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((s: unknown) => (s && typeof s === 'object' && 'id' in s ? (s as { id: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id !== '');
}

/** sources.json ids are unique. */
export function checkSourceRules(raw: unknown, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const first = new Map<string, number>();
  if (!Array.isArray(raw)) return issues;
  raw.forEach((s: unknown, i) => {
    const id = rawSourceIds([s])[0];
    if (id === undefined) return;
    const prev = first.get(id);
    if (prev !== undefined) issues.push({ file, column: `[${i}].id`, message: `duplicate id ${JSON.stringify(id)} (first at [${prev}])` });
    else first.set(id, i);
  });
  return issues;
}
