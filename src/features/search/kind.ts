/** What a search hit is, from its URL below the base path: shown as a label beside the result. */
export function resultKind(url: string, base: string): string {
  const rel = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  if (rel.startsWith('articles/') && rel !== 'articles/') return 'Article';
  if (rel.startsWith('charts/') && rel !== 'charts/') return 'Chart';
  if (rel.startsWith('data/')) return 'Data';
  return 'Page';
}
