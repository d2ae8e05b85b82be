// The `_headers` file format read by Netlify and Cloudflare Pages: a URL pattern on its own line,
// then indented `Name: value` lines. Formatting and parsing live together so tests read what we write.

/** @typedef {{ path: string, headers: Record<string, string> }} HeaderRule */

/**
 * Format rules as a _headers file.
 * @param {HeaderRule[]} rules
 * @returns {string}
 */
export function formatHeaders(rules) {
  return (
    rules
      .map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
      .join('\n\n') + '\n'
  );
}

/**
 * Parse a _headers file; a malformed line throws with its line number.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path must start with "/": ${line}`);
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule) throw new Error(`_headers line ${i + 1}: header before any path`);
    if (!m) throw new Error(`_headers line ${i + 1}: expected "Name: value": ${line}`);
    rule.headers[m[1]] = m[2].trim();
  });
  return rules;
}

/**
 * Does a _headers path pattern match a URL path? `*` matches anything (splat), `:name` one segment.
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * Headers a host sends for a URL path: every matching rule, in file order. A header set by two
 * rules is joined with ", " as Netlify does, which is why our rules never overlap on a name.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const r of rules) {
    if (!matchesPattern(r.path, path)) continue;
    for (const [k, v] of Object.entries(r.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}
