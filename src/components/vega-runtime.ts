/**
 * Loads vega's runtime for charts flagged `runtime: 'vega'`, only when one nears the viewport, and
 * re-renders that chart live (its x axis can be zoomed by wheel or drag, double-click resets). The
 * build-time SVG stays until the live one is ready; both have the same size (autosize none), so no shift.
 * CSP-safe: vega expressions run through vega-interpreter, never `new Function`.
 */

import type { View } from 'vega';

const live = new WeakMap<HTMLElement, Promise<View | undefined>>();

/** The live vega view of a chart host, upgrading it first if it is not live yet (once per host). */
export function liveView(host: HTMLElement): Promise<View | undefined> {
  let p = live.get(host);
  if (!p) live.set(host, (p = upgrade(host)));
  return p;
}

async function upgrade(host: HTMLElement): Promise<View | undefined> {
  const old = [...host.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
  const variant = old?.dataset.variant;
  const specUrl = host.dataset.vegaSpec;
  if (!old || !variant || !specUrl) return undefined;
  const [{ View, parse }, { expressionInterpreter }, spec] = await Promise.all([
    import('vega'),
    import('vega-interpreter'),
    fetch(specUrl.replace('{variant}', variant)).then((r) => r.json()),
  ]);
  const box = document.createElement('div');
  const view = new View(parse(spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'svg', container: box, hover: false });
  await view.runAsync();
  const svg = box.querySelector('svg');
  if (!svg) return undefined;
  // Take the build-time SVG's sizing and accessible name, so the box and the label stay identical.
  for (const a of ['class', 'role', 'aria-labelledby', 'aria-describedby', 'data-variant', 'font-family', 'font-size', 'width']) {
    const v = old.getAttribute(a);
    if (v !== null) svg.setAttribute(a, v);
  }
  svg.removeAttribute('height');
  svg.setAttribute('viewBox', old.getAttribute('viewBox') ?? '');
  old.replaceWith(svg);
  host.dataset.hydrated = 'true';
  host.dispatchEvent(new CustomEvent('chart:rerender'));
  return view;
}

const io = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      io.unobserve(e.target);
      void liveView(e.target as HTMLElement);
    }
  },
  { rootMargin: '200px' },
);
for (const el of document.querySelectorAll<HTMLElement>('chart-figure[data-runtime="vega"]')) io.observe(el);
