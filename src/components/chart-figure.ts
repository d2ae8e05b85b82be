/**
 * <chart-figure>: enhances a chart SVG already in the page. Hover or touch shows a role="tooltip" with
 * the nearest datum; the element is one tab stop, arrow keys walk the data (←/→ within a series, ↑/↓
 * between series), Escape hides. The hovered series is highlighted. Reads d3 marks' data-* attributes
 * and vega marks' aria-label ("series · label · value"), so it works on both.
 */
import { DATUM_SEPARATOR as SEP } from '../kit/datum';
import { fetcher, swapSvgs } from './chart-full';
import { wireViews } from './views/view-trigger';

interface Point {
  el: Element;
  series: string;
  label: string;
  value: string;
}

let uid = 0;

class ChartFigure extends HTMLElement {
  private tip?: HTMLElement;
  private live?: HTMLElement;
  private series: Point[][] = [];
  private cur?: [number, number];
  private svg?: SVGSVGElement;
  /** An arrow key pressed before the marks arrived. */
  private pendingKey?: string;

  connectedCallback(): void {
    if (this.tip) return;
    const id = `chart-tip-${++uid}`;
    this.tip = this.add('div', { role: 'tooltip', id, class: 'chart-tooltip', hidden: '' });
    this.live = this.add('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.tabIndex = 0;
    const title = this.closest('figure')?.querySelector('.chart-title')?.textContent ?? 'Chart';
    this.setAttribute('aria-label', `${title}: use the arrow keys to read each data point`);
    this.setAttribute('aria-describedby', id);
    this.addEventListener('pointermove', (e) => this.onPointer(e));
    this.addEventListener('pointerdown', (e) => this.onPointer(e));
    this.addEventListener('pointerleave', () => this.hide());
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('blur', () => this.hide());
    // A heavy chart painted its lite copy: the marks' tooltip text arrives on first interaction.
    const fullUrl = this.dataset.full;
    if (fullUrl) {
      const full = fetcher(fullUrl);
      const upgrade = () =>
        void full()
          .then((f) => {
            swapSvgs(this, f);
            this.dispatchEvent(new CustomEvent('chart:rerender'));
          })
          .catch(() => {
            /* offline: the picture, its description and the table remain */
          });
      for (const type of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(type, upgrade, { once: true, passive: true });
    }
    // The vega runtime (or the full marks of a lite copy) swaps in its own SVG: read the marks again,
    // and answer an arrow key the reader pressed before the marks were there.
    this.addEventListener('chart:rerender', () => {
      this.svg = undefined;
      const key = this.pendingKey;
      this.pendingKey = undefined;
      if (key && this.contains(document.activeElement)) this.onKey(new KeyboardEvent('keydown', { key }));
    });
  }

  private add(tag: string, attrs: Record<string, string>): HTMLElement {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return this.appendChild(el);
  }

  /** Points of the SVG currently shown (wide or narrow), grouped by series in document order. */
  private index(): void {
    const svg = [...this.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0);
    if (!svg || svg === this.svg) return;
    this.svg = svg;
    const groups = new Map<string, Point[]>();
    for (const el of svg.querySelectorAll('[data-value],[aria-roledescription="point"][aria-label]')) {
      const d = (el as SVGElement).dataset;
      const parts = (el.getAttribute('aria-label') ?? '').split(SEP);
      const p = { el, series: d.series ?? parts[0] ?? '', label: d.label ?? parts[1] ?? '', value: d.value ?? parts[2] ?? '' };
      if (!groups.has(p.series)) groups.set(p.series, []);
      groups.get(p.series)!.push(p);
    }
    // Left to right within a series, whatever order the renderer drew the marks in.
    this.series = [...groups.values()].map((s) => s.map((p) => [this.center(p.el)[0], p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p));
    this.cur = undefined;
  }

  private center(el: Element): [number, number] {
    const r = el.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }

  private onPointer(e: PointerEvent): void {
    this.index();
    let best: [number, number] | undefined;
    let bestD = e.pointerType === 'touch' ? 2500 : 1600; // within 50 / 40 px
    this.series.forEach((s, i) =>
      s.forEach((p, j) => {
        if (p.el === e.target) bestD = -1;
        const [x, y] = this.center(p.el);
        const d = bestD < 0 && p.el !== e.target ? Infinity : (x - e.clientX) ** 2 + (y - e.clientY) ** 2;
        if (p.el === e.target || d < bestD) {
          best = [i, j];
          if (p.el !== e.target) bestD = d;
        }
      }),
    );
    if (best) this.show(best, false);
    else this.hide();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') return this.hide();
    const moves: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0], Home: [0, -1e9], End: [0, 1e9] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    this.index();
    if (!this.series.length) {
      this.pendingKey = e.key; // marks still loading (lite copy or vega): replayed on chart:rerender
      return;
    }
    if (!this.cur) return this.show([0, 0], true);
    let [i, j] = this.cur;
    if (m[0]) {
      const x = this.center(this.series[i]![j]!.el)[0];
      i = (i + m[0] + this.series.length) % this.series.length;
      // Keep the horizontal position when changing series.
      const s = this.series[i]!;
      j = s.reduce((b, p, k) => (Math.abs(this.center(p.el)[0] - x) < Math.abs(this.center(s[b]!.el)[0] - x) ? k : b), 0);
    } else {
      j = Math.max(0, Math.min(this.series[i]!.length - 1, j + m[1]));
    }
    this.show([i, j], true);
  }

  private show([i, j]: [number, number], announce: boolean): void {
    const p = this.series[i]?.[j];
    const tip = this.tip!;
    if (!p) return;
    const prev = this.cur && this.series[this.cur[0]]?.[this.cur[1]];
    prev?.el.classList.remove('is-active');
    p.el.classList.add('is-active');
    if (!this.cur || this.cur[0] !== i) this.highlight(p.series);
    this.cur = [i, j];
    tip.replaceChildren();
    const b = document.createElement('b');
    b.textContent = p.series;
    tip.append(b, `${p.label}: ${p.value}`);
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const [cx, cy] = this.center(p.el);
    const x = Math.max(0, Math.min(cx - host.left - tip.offsetWidth / 2, host.width - tip.offsetWidth));
    const above = cy - host.top - tip.offsetHeight - 12;
    tip.style.transform = `translate(${Math.round(x)}px,${Math.round(above < 0 ? cy - host.top + 14 : above)}px)`;
    if (announce) this.live!.textContent = `${p.series}, ${p.label}: ${p.value}`;
  }

  private highlight(series: string | undefined): void {
    this.classList.toggle('is-highlighting', series !== undefined && this.series.length > 1);
    for (const el of this.svg?.querySelectorAll('[data-series],[aria-roledescription="line mark"],[aria-roledescription="point"]') ?? []) {
      const s = (el as SVGElement).dataset.series ?? (el.getAttribute('aria-label') ?? '').split(SEP)[0];
      el.classList.toggle('is-dim', series !== undefined && s !== series);
    }
  }

  private hide(): void {
    if (this.tip) this.tip.hidden = true;
    const p = this.cur && this.series[this.cur[0]]?.[this.cur[1]];
    p?.el.classList.remove('is-active');
    this.cur = undefined;
    this.highlight(undefined);
  }
}

if (!customElements.get('chart-figure')) {
  customElements.define('chart-figure', ChartFigure);
  wireViews();
}
