/** Print a zod issue path as a JSON path: ["resources", 2, "schema"] → "resources[2].schema" ("(root)" when empty). */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out === '' ? '' : '.') + String(key);
  }
  return out === '' ? '(root)' : out;
}
