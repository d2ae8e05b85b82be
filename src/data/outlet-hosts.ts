// Which addresses belong to which outlet or issuer: data/datapackage.json "x-outlet-hosts" maps a name,
// as sources.json spells it (container-title, publisher or an author literal), to its own hosts (or
// host + path prefix). A work's URL must be on one of them: anything else is a copy, and a copy
// belongs in read_at with its kind.

/** Outlet or issuer name → its own hosts ("brookings.edu", or "github.com/openai/" for a path prefix). */
export type OutletHosts = Readonly<Record<string, readonly string[]>>;

/** "www.x.org/path" → "x.org/path" (lower-case host; the path keeps its case). */
export function hostAndPath(url: string): string {
  const u = new URL(url);
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname}`;
}

/** The bare host of an address, without "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** True when `url` is on one of the hosts listed for any of `names` (a subdomain of a listed host counts). */
export function isOutletAddress(url: string, names: readonly string[], registry: OutletHosts): boolean {
  const target = hostAndPath(url);
  const host = hostOf(url);
  return names.some((name) =>
    (registry[name] ?? []).some((entry) => {
      if (entry.includes('/')) return target.startsWith(entry);
      return host === entry || host.endsWith(`.${entry}`);
    }),
  );
}
