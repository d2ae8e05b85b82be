// The parts of a chart an embed page leaves out of its first paint (see src/kit/lite-svg.ts),
// fetched once from /embed/<id>/full.json on the reader's first interaction.

/** The full SVG of each layout and the data table's HTML, as the chart page renders them. */
export interface FullChart {
  wide: string;
  narrow: string;
  table: string;
}

/** Parse trusted, same-origin, build-generated markup into nodes. */
function parse(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

/** Fetch the full parts (one request however often it is asked for). */
export function fetcher(url: string): () => Promise<FullChart> {
  let pending: Promise<FullChart> | undefined;
  return () =>
    (pending ??= fetch(url, { credentials: 'omit' }).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<FullChart>;
    }));
}

/**
 * Replace each lite SVG in `host` by its full version. The lite root's attributes (size, viewBox,
 * accessible name, class) are copied over, so the box and what assistive technology reads stay the same.
 */
export function swapSvgs(host: Element, full: FullChart): void {
  for (const lite of host.querySelectorAll<SVGSVGElement>('svg[data-variant]')) {
    const variant = lite.dataset.variant;
    const markup = variant === 'wide' || variant === 'narrow' ? full[variant] : undefined;
    const svg = markup ? parse(markup).querySelector('svg') : null;
    if (!svg) continue;
    for (const a of lite.attributes) svg.setAttribute(a.name, a.value);
    lite.replaceWith(svg);
  }
}

/** Put the data table into the embed's "Show data" element, in place of its link to the chart page. */
export function fillTable(details: HTMLDetailsElement, full: FullChart): void {
  const note = details.querySelector('[data-embed-data-note]');
  if (!note) return;
  note.replaceWith(parse(full.table));
}
