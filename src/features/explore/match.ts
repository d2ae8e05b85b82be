// Occupation search for the explorer's combobox: runs in the browser, so no dependencies.

/** Lower-case words of a text, accents dropped ("Café Owners" → ["cafe", "owners"]). */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A title prepared once for matching: its words and its whole normalised form. */
export interface Searchable {
  words: string[];
  joined: string;
  code: string;
}

/** Prepare a title (and its code) for {@link matchRank}. */
export function searchable(title: string, code = ''): Searchable {
  const w = words(title);
  return { words: w, joined: w.join(' '), code };
}

/**
 * How well a query matches a title, lower is better, or -1 for no match. Every query word must be the
 * start of some title word ("translat" matches "Interpreters and Translators"). Tiers:
 * 0 the whole title, 1 the title's start, 2 every query word a whole title word, 3 word prefixes;
 * a query that looks like a code ("27-30") matches codes that start with it, in tier 1.
 */
export function matchRank(query: string, item: Searchable): number {
  const q = words(query);
  if (q.length === 0) return -1;
  const joined = q.join(' ');
  if (/^\d{2}(-\d{0,4}(\.\d{0,2})?)?$/.test(query.trim())) return item.code.startsWith(query.trim()) ? 1 : -1;
  if (!q.every((t) => item.words.some((w) => w.startsWith(t)))) return -1;
  if (item.joined === joined) return 0;
  if (item.joined.startsWith(joined)) return 1;
  return q.every((t) => item.words.includes(t)) ? 2 : 3;
}

/**
 * Indices of the items matching `query`, best first (tier, then the items' own order, which is
 * alphabetical in the explorer's data), at most `limit`; `total` counts every match.
 */
export function matchAll(query: string, items: readonly Searchable[], limit = Infinity): { hits: number[]; total: number } {
  const tiers: number[][] = [[], [], [], []];
  items.forEach((item, i) => {
    const r = matchRank(query, item);
    if (r >= 0) tiers[r]!.push(i);
  });
  const all = tiers.flat();
  return { hits: all.slice(0, limit), total: all.length };
}
