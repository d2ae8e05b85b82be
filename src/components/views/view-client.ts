/**
 * The views client, loaded on first use of a figure's view controls (or a chart page / embed URL
 * that asks for a view). It reads the view (URL or form) through the one parser, runs the chart's own
 * `views.rows` and `describe`, and redraws in place: a d3 chart with its render function, a vega-lite
 * chart by setting the same spec's named datasets and params on the live vega view. Description,
 * table, link, embed code and downloads follow the view.
 */
import type { ChartColumn, ChartDefinition, ChartRow } from '../../kit/types';
import { defaultView, type View, type ViewDims } from '../../kit/view-dims';
import { VARIANTS, type VariantName } from '../../kit/theme';
import { chartTextIds, frame } from '../../kit/frame';
import { installGlyphWidths } from '../../kit/text-width';
import { LIST_SEP, parseView, serializeView, VIEW_KEYS } from '../../kit/views/view-params';
import { VIEW_CHARTS } from './registry';
import type { ViewFilesInput } from './view-files';
import { snippetHtml } from '../../outputs/embed/snippet';

interface Ctx {
  form: HTMLFormElement;
  figure: HTMLElement;
  host: HTMLElement;
  id: string;
  def?: ChartDefinition<ChartRow>;
  all: ChartRow[];
  dims: ViewDims;
  view: View;
  urlBound: boolean;
  baseHeight: number;
}

const started = new WeakSet<HTMLFormElement>();

/** Start the views of one figure's form; `first` is the event that asked for it, handled as usual. */
export async function startViews(form: HTMLFormElement, first?: Event): Promise<void> {
  if (started.has(form)) return;
  started.add(form);
  const figure = form.closest<HTMLElement>('figure[data-chart-id]')!;
  const host = figure.querySelector<HTMLElement>('chart-figure')!;
  const id = figure.dataset.chartId!;
  const urlBound = form.dataset.viewUrl !== undefined;
  const notice = form.querySelector<HTMLElement>('[data-view-notice]')!;
  let def: ChartDefinition<ChartRow> | undefined;
  let all: ChartRow[] = [];
  try {
    const loader = VIEW_CHARTS[id];
    if (loader) {
      const [m, data, glyphs] = await Promise.all([
        loader(),
        fetch(form.dataset.viewData!, { credentials: 'omit' }).then((r) => r.json() as Promise<{ keys: string[]; rows: ChartRow[keyof ChartRow][][] }>),
        fetch(form.dataset.glyphWidths!, { credentials: 'omit' }).then((r) => r.json() as Promise<unknown>),
      ]);
      installGlyphWidths(glyphs);
      def = m.default;
      all = data.rows.map((r) => Object.fromEntries(data.keys.map((k, i) => [k, r[i] ?? null])) as ChartRow);
    }
  } catch {
    notice.textContent = 'This view could not be loaded; the chart shows its default view.';
    return;
  }
  const dims = def?.views?.dims(all) ?? {};
  const ctx: Ctx = { form, figure, host, id, all, dims, view: defaultView(dims), urlBound, baseHeight: figure.offsetHeight, ...(def ? { def } : {}) };
  const fromUrl = urlBound && VIEW_KEYS.some((k) => new URLSearchParams(location.search).has(k));
  const parsed = fromUrl ? parseView(location.search, dims) : parseView(formQuery(form, ctx.view), dims);
  await apply(ctx, parsed.view, parsed.notices);
  form.addEventListener('change', (e) => void onChange(ctx, e));
  // "Apply" re-reads every control (controls already apply on change; this is the explicit action).
  form.addEventListener('submit', (e) => void onChange(ctx, e));
  form.addEventListener('click', (e) => onClick(ctx, e));
  form.addEventListener('keydown', (e) => {
    if ((e.target as HTMLElement).matches('input[name="find"]') && e.key === 'Enter') {
      e.preventDefault();
      addHighlight(ctx, e.target as HTMLInputElement);
    }
  });
  form.querySelector('input[name="find"]')?.addEventListener('focus', () => fillTitles(ctx), { once: true });
  fillTitles(ctx);
  if (first?.type === 'click') onClick(ctx, first);
}

/** The query string the form's controls describe (the parser then validates it like a URL). */
function formQuery(form: HTMLFormElement, current: View): string {
  const q = new URLSearchParams();
  const fd = new FormData(form);
  q.set('tab', String(fd.get('tab') ?? 'chart'));
  if (form.querySelector('input[name="series"]')) q.set('series', fd.getAll('series').join(LIST_SEP));
  const from = fd.get('from');
  const to = fd.get('to');
  if (from !== null || to !== null) q.set('time', `${from ?? ''}..${to ?? ''}`);
  for (const k of ['measure', 'rating', 'score'] as const) if (fd.get(k) !== null) q.set(k, String(fd.get(k)));
  if (current.highlight) q.set('highlight', current.highlight.join(LIST_SEP));
  return q.toString();
}

async function onChange(ctx: Ctx, e: Event): Promise<void> {
  const t = e.target as HTMLInputElement;
  if (t.name === 'find') return addHighlight(ctx, t);
  const { view, notices } = parseView(formQuery(ctx.form, ctx.view), ctx.dims);
  await apply(ctx, view, notices);
}

function onClick(ctx: Ctx, e: Event): void {
  const t = (e.target as HTMLElement).closest<HTMLElement>('button');
  if (!t) return;
  const code = t.dataset.remove;
  if (code !== undefined && ctx.view.highlight) {
    void apply(ctx, { ...ctx.view, highlight: ctx.view.highlight.filter((c) => c !== code) }, []).then(() => ctx.form.querySelector<HTMLInputElement>('input[name="find"]')?.focus());
  } else if (t.matches('[data-view-embed]')) {
    const box = ctx.form.querySelector<HTMLElement>('[data-view-embed-box]')!;
    box.hidden = !box.hidden;
    t.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) box.querySelector('textarea')?.select();
  }
}

/** The datalist of occupation titles, filled once (the page carries only the defaults). */
function fillTitles(ctx: Ctx): void {
  const list = ctx.form.querySelector('[data-view-titles]');
  if (!list || list.childElementCount || !ctx.dims.highlight) return;
  for (const o of ctx.dims.highlight.options) {
    const opt = document.createElement('option');
    opt.value = o.label;
    list.append(opt);
  }
}

function addHighlight(ctx: Ctx, input: HTMLInputElement): void {
  const dim = ctx.dims.highlight;
  const text = input.value.trim().toLowerCase();
  if (!dim || !text) return;
  const match = dim.options.find((o) => o.label.toLowerCase() === text) ?? dim.options.filter((o) => o.label.toLowerCase().includes(text)).at(0);
  const notice = ctx.form.querySelector<HTMLElement>('[data-view-notice]')!;
  if (!match) {
    notice.textContent = 'No occupation title contains that text.';
    return;
  }
  input.value = '';
  const next = [...(ctx.view.highlight ?? []).filter((c) => c !== match.id), match.id];
  const q = new URLSearchParams(formQuery(ctx.form, ctx.view));
  q.set('highlight', next.join(LIST_SEP));
  const { view, notices } = parseView(q, ctx.dims);
  void apply(ctx, view, notices);
}

/** Show a view: rows, drawing, description, table, controls, link, embed code, downloads. */
async function apply(ctx: Ctx, asked: View, notices: string[]): Promise<void> {
  const { def } = ctx;
  let view = asked;
  let rows: ChartRow[] | undefined;
  let text: { alt: string; summary: string } | undefined;
  if (def?.views) {
    try {
      rows = def.views.rows(ctx.all, view);
      if (!rows.length) throw new Error('no rows');
      text = def.describe(rows, view);
    } catch {
      // A view with nothing to show (a range with no published figure) never leaves a blank chart.
      notices = [...notices, 'Nothing to show for that choice; showing the default view.'];
      view = { ...defaultView(ctx.dims), tab: view.tab };
      rows = def.views.rows(ctx.all, view);
      text = def.describe(rows, view);
    }
    try {
      // Marks for `npm run bench` (redraw time against re-running vegaEmbed with the changed spec).
      performance.mark('views:redraw-start');
      await redraw(ctx, rows, view);
      performance.measure('views:redraw', 'views:redraw-start');
    } catch {
      notices = [...notices, 'The chart could not be redrawn; the table shows this view.'];
    }
  }
  ctx.view = view;
  ctx.form.querySelector<HTMLElement>('[data-view-notice]')!.textContent = notices.join(' ');
  writeForm(ctx, view);
  if (text) describeView(ctx, text);
  await showTab(ctx, view, rows);
  const query = serializeView(view, ctx.dims);
  shareView(ctx, query);
  viewLinks(ctx.form, { id: ctx.id, query, rows, columns: columnsOf(ctx, view), host: ctx.host, figure: ctx.figure });
}

function columnsOf(ctx: Ctx, view: View): readonly ChartColumn<ChartRow>[] {
  return ctx.def?.views?.columns?.(view) ?? ctx.def?.columns ?? [];
}

/** Redraw the chart for a view: same render function (d3) or same compiled spec, new datasets and params (vega-lite). */
async function redraw(ctx: Ctx, rows: ChartRow[], view: View): Promise<void> {
  const render = ctx.def!.render;
  if (render.kind === 'd3') {
    for (const old of ctx.host.querySelectorAll<SVGSVGElement>('svg[data-variant]')) {
      const variant = VARIANTS[old.dataset.variant as VariantName];
      const { body, height } = render.render(rows, { variant, view });
      const t = document.createElement('template');
      // Framed as the build frames it: named by the figure's title and description.
      t.innerHTML = frame({ body, width: variant.width, height, variant }, { labelledBy: chartTextIds(ctx.id) }).svg;
      old.replaceWith(t.content.querySelector('svg')!);
    }
  } else {
    const { liveView } = await import('../vega-runtime');
    const live = await liveView(ctx.host);
    if (!live) throw new Error('vega view unavailable');
    const variant = VARIANTS[(ctx.host.querySelector<SVGSVGElement>('svg[data-variant]:not([hidden])')?.dataset.variant ?? 'wide') as VariantName];
    // The same spec function the build used, for this view: its datasets and param values are the view.
    const spec = render.spec(rows, { variant, view }) as { datasets?: Record<string, unknown[]>; params?: { name: string; value?: unknown }[] };
    for (const [name, values] of Object.entries(spec.datasets ?? {})) live.data(name, values as object[]);
    for (const p of spec.params ?? []) if ('value' in p) live.signal(p.name, p.value);
    await live.runAsync();
  }
  ctx.host.dispatchEvent(new CustomEvent('chart:rerender'));
}

/** The controls show the view (after a URL set it, or a bad value was dropped). */
function writeForm(ctx: Ctx, view: View): void {
  const f = ctx.form;
  for (const r of f.querySelectorAll<HTMLInputElement>('input[name="tab"]')) r.checked = r.value === view.tab;
  for (const c of f.querySelectorAll<HTMLInputElement>('input[name="series"]')) c.checked = !!view.series?.includes(c.value);
  const set = (name: string, v: string | undefined) => {
    const el = f.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (el && v !== undefined) el.value = v;
  };
  set('from', view.time?.from);
  set('to', view.time?.to);
  set('measure', view.measure);
  set('rating', view.rating);
  set('score', view.score);
  const chips = f.querySelector('[data-view-highlights]');
  if (chips && view.highlight) {
    const label = new Map(ctx.dims.highlight?.options.map((o) => [o.id, o.label]));
    chips.replaceChildren(
      ...view.highlight.map((code) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset.remove = code;
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' (remove)';
        b.append(label.get(code) ?? code, hidden, ' ×');
        li.append(b);
        return li;
      }),
    );
  }
}

/** The generated description follows the view; the short alt text is announced politely. */
function describeView(ctx: Ctx, text: { alt: string; summary: string }): void {
  const desc = ctx.figure.querySelector<HTMLElement>('.chart-summary');
  if (desc) desc.textContent = `${text.alt} ${text.summary}`;
  let live = ctx.figure.querySelector<HTMLElement>('[data-view-live]');
  if (!live) {
    live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    live.dataset.viewLive = '';
    ctx.form.append(live);
  }
  live.textContent = text.alt;
}

/** Chart or table: the table shows the view's rows (or, for a chart without choices, its data table). */
async function showTab(ctx: Ctx, view: View, rows: ChartRow[] | undefined): Promise<void> {
  let box = ctx.figure.querySelector<HTMLElement>('[data-view-table]');
  if (view.tab === 'chart') {
    ctx.host.hidden = false;
    if (box) box.hidden = true;
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.dataset.viewTable = '';
    ctx.host.after(box);
  }
  const title = ctx.figure.querySelector('.chart-title')?.textContent ?? '';
  if (rows) box.replaceChildren(tableOf(`Data for “${title}”, this view`, columnsOf(ctx, view), rows));
  else if (!box.childElementCount) {
    const url = ctx.form.dataset.viewFull;
    const full = url ? await fetch(url, { credentials: 'omit' }).then((r) => r.json() as Promise<{ table: string }>).catch(() => undefined) : undefined;
    if (full) {
      const t = document.createElement('template');
      t.innerHTML = full.table; // same-origin markup this site built (see embed/<id>/full.json)
      box.replaceChildren(t.content);
    }
  }
  box.hidden = false;
  ctx.host.hidden = true;
}

function tableOf(caption: string, columns: readonly ChartColumn<ChartRow>[], rows: readonly ChartRow[]): HTMLElement {
  const wrap = document.createElement('section');
  wrap.className = 'chart-table-scroll';
  wrap.tabIndex = 0;
  wrap.setAttribute('aria-label', caption);
  const table = document.createElement('table');
  table.className = 'chart-table';
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c.label;
    if (c.numeric) th.className = 'num';
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    columns.forEach((c, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
      if (c.numeric) cell.className = 'num';
      cell.textContent = c.format ? c.format(r) : r[c.key] === null || r[c.key] === undefined ? '' : String(r[c.key]);
      tr.append(cell);
    });
  }
  wrap.append(table);
  return wrap;
}

/** "Link to this view", the page URL (chart page and embed), and "Embed this view". */
function shareView(ctx: Ctx, query: string): void {
  const f = ctx.form;
  const page = f.dataset.chartPage!;
  const link = f.querySelector<HTMLAnchorElement>('[data-view-link]')!;
  link.href = page + query;
  if (ctx.urlBound) {
    // Keep the page's other parameters (an embed's theme, for one); replace only the view's.
    const q = new URLSearchParams(location.search);
    for (const k of VIEW_KEYS) q.delete(k);
    const rest = q.toString();
    const viewQ = query.slice(1);
    const all = [viewQ, rest].filter(Boolean).join('&');
    history.replaceState(history.state, '', `${location.pathname}${all ? `?${all}` : ''}${location.hash}`);
  }
  const code = f.querySelector<HTMLTextAreaElement>('[data-view-code]');
  if (code && f.dataset.embedSrc && f.dataset.embedScript) {
    // The same snippet as the chart page's, its iframe src carrying the view; the fallback height
    // grows or shrinks with the figure.
    const height = Math.max(120, Math.round(Number(f.dataset.embedHeight) + ctx.figure.offsetHeight - ctx.baseHeight));
    const title = ctx.figure.querySelector('.chart-title')?.textContent ?? ctx.id;
    code.value = snippetHtml({ id: ctx.id, title, height, frameSrc: f.dataset.embedSrc + query, scriptSrc: f.dataset.embedScript });
  }
}

const current = new WeakMap<HTMLFormElement, ViewFilesInput>();

/**
 * "CSV / SVG / PNG of this view" beside the site's full-data files. The file is made on click (its
 * code loads then, not with the redraw) from the view on screen at that moment.
 */
function viewLinks(form: HTMLFormElement, v: ViewFilesInput): void {
  current.set(form, v);
  if (form.querySelector('[data-view-files]')) return;
  const list = document.createElement('ul');
  list.className = 'chart-downloads chart-view-files';
  list.dataset.viewFiles = '';
  list.setAttribute('aria-label', 'Downloads of this view');
  for (const kind of ['csv', 'svg', 'png'] as const) {
    if (kind === 'csv' && !v.rows) continue;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.download = `${v.id}-view.${kind}`;
    a.textContent = `${kind.toUpperCase()} of this view`;
    a.addEventListener('click', (e) => {
      if (a.dataset.ready) return;
      e.preventDefault();
      const page = new URL(form.querySelector<HTMLAnchorElement>('[data-view-link]')!.href, location.href).href;
      void import('./view-files')
        .then((m) => m.viewFile(kind, current.get(form)!, page))
        .then((blob) => {
          if (a.href.startsWith('blob:')) URL.revokeObjectURL(a.href);
          a.href = URL.createObjectURL(blob);
          a.dataset.ready = '1';
          a.click();
          delete a.dataset.ready;
        });
    });
    li.append(a);
    list.append(li);
  }
  form.querySelector('.chart-view-share')!.after(list);
}
