import { doiUrl } from '../lib/doi';
import type { DataIssue } from './errors';
import { hostOf, isOutletAddress, type OutletHosts } from './outlet-hosts';
import type { Source } from './schemas/source';

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

/** The names a work's own address may belong to: its outlet, publisher and literal authors. */
export function issuerNames(s: Source): string[] {
  return [s['container-title'], s.publisher, ...(s.author ?? []).map((a) => a.literal)].filter((n): n is string => typeof n === 'string');
}

/** The work's own address as a link: its DOI resolved, else its URL. */
export function workAddresses(s: Source): string[] {
  return [...(s.DOI ? [doiUrl(s.DOI)] : []), ...(s.URL ? [s.URL] : [])];
}

/**
 * The source model's rules, one issue per breach, each naming the entry index and its line:
 * - a `read_at` marked "original" must be the work's own address (URL or DOI): anything else is a copy;
 * - the work's `URL` must not be an address listed in `read_at` as a copy;
 * - the work's `URL` must be on a host of its own outlet/issuer (datapackage.json "x-outlet-hosts");
 * - the outlet (`container-title`/`publisher`) must not be the site or host of a copy it was read at.
 */
export function checkSourceModel(sources: readonly Source[], entryLines: readonly number[], file: string, outletHosts: OutletHosts): DataIssue[] {
  const issues: DataIssue[] = [];
  sources.forEach((s, i) => {
    const at = (column: string, message: string) => issues.push({ file, line: entryLines[i], column: `[${i}].${column}`, message: `${s.id}: ${message}` });
    const own = workAddresses(s);
    s.read_at.forEach((r, j) => {
      if (r.copy === 'original' && !own.includes(r.url)) {
        at(`read_at[${j}].copy`, `${r.url} is marked "original" but is not the work's own address (${own.join(' or ') || 'none given'}); mark it as the copy it is (mirror, repost, news-copy or quotation)`);
      }
      if (r.copy !== 'original' && s.URL === r.url) {
        at('URL', `the work's URL ${r.url} is where the words were read (a ${r.copy} at ${r.site}), not the work's address; keep it in read_at only and give the canonical address the pack names, or none`);
      }
    });
    if (s.URL && !isOutletAddress(s.URL, issuerNames(s), outletHosts)) {
      at('URL', `${s.URL} is not on a known host of ${issuerNames(s).map((n) => JSON.stringify(n)).join(' / ') || 'its outlet (none named)'}: if it is a copy, move it to read_at with its kind; if it is the outlet's own address, list the host under "x-outlet-hosts" in datapackage.json`);
    }
    for (const outlet of [s['container-title'], s.publisher]) {
      if (!outlet) continue;
      const copy = s.read_at.find((r) => r.copy !== 'original' && (r.site === outlet || hostOf(r.url) === outlet.toLowerCase()));
      if (copy) at('container-title', `outlet "${outlet}" is the site of a ${copy.copy} it was read at (${copy.url}), not the work's outlet`);
    }
  });
  return issues;
}

/** A resource's `sources[].path` in datapackage.json links a work at its own address, never at a copy its words were read at. */
export function checkResourceSourceLinks(resources: readonly { sources?: readonly { title: string; path?: string | undefined }[] | undefined }[], sources: readonly Source[], file: string): DataIssue[] {
  const own = new Set(sources.flatMap(workAddresses));
  const copies = new Map(sources.flatMap((s) => s.read_at.filter((r) => r.copy !== 'original').map((r) => [r.url, `${s.id}'s ${r.copy} at ${r.site}`] as const)));
  const issues: DataIssue[] = [];
  resources.forEach((res, i) => {
    (res.sources ?? []).forEach((s, j) => {
      if (s.path && copies.has(s.path) && !own.has(s.path)) {
        issues.push({ file, column: `resources[${i}].sources[${j}].path`, message: `${s.path} is a copy (${copies.get(s.path)}), not the work's address` });
      }
    });
  });
  return issues;
}
