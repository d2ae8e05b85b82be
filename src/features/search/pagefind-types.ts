/** The parts of Pagefind's browser API (dist/pagefind/pagefind.js) the search box uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** One hit; its data loads on demand. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

/** The module pagefind.js exports. */
export interface PagefindApi {
  options: (o: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}
