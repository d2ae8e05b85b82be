/**
 * Downloads of the view on screen, made in the browser beside the site's full-data files: the
 * displayed rows as CSV, and the current drawing as SVG and PNG with title, source and licence.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ChartColumn, ChartRow } from '../../kit/types';
import { FILE_FONT_FAMILY, VARIANTS, type VariantName } from '../../kit/theme';

/** What the files of a view are made from. */
export interface ViewFilesInput {
  id: string;
  /** The view's query string ("" for the default view). */
  query: string;
  rows: readonly ChartRow[] | undefined;
  columns: readonly ChartColumn<ChartRow>[];
  host: HTMLElement;
  figure: HTMLElement;
}

/** The view's rows as CSV (raw values, the view's columns). */
export function viewCsv(columns: readonly ChartColumn<ChartRow>[], rows: readonly ChartRow[]): string {
  const keys = columns.map((c) => c.key);
  return csvFormatRows([keys, ...rows.map((r) => keys.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))))]) + '\n';
}

/** The drawing on screen as a standalone SVG file (title, dek, source, licence and link drawn in); loaded on click. */
export async function viewSvg(host: HTMLElement, figure: HTMLElement, pageUrl: string): Promise<string> {
  const { standaloneSvg } = await import('../../outputs/standalone');
  const svg = [...host.querySelectorAll<SVGSVGElement>('svg[data-variant]')].find((s) => s.getClientRects().length > 0) ?? host.querySelector('svg')!;
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 720 400').split(/\s+/).map(Number);
  const text = (sel: string) => figure.querySelector(sel)?.textContent?.trim() ?? '';
  // The drawing as the page drew it (its layout), placed by the file in the file's font like the site's own files.
  const variant = { ...VARIANTS[(svg.dataset.variant ?? 'wide') as VariantName], fontFamily: FILE_FONT_FAMILY };
  return standaloneSvg({ body: svg.innerHTML, width: w!, height: h!, variant }, { title: text('.chart-title'), dek: text('.chart-dek'), source: text('.chart-source'), licence: '', url: pageUrl });
}

/** A PNG (twice the SVG's size) drawn from the standalone SVG by the browser. */
export async function svgToPngBlob(svg: string): Promise<Blob> {
  const [, , w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 768 480').split(/\s+/).map(Number);
  const img = new Image();
  const src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w! * 2);
    canvas.height = Math.round(h! * 2);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(src);
  }
}

/** One file of the view on screen, made when the reader asks for it. */
export async function viewFile(kind: 'csv' | 'svg' | 'png', v: ViewFilesInput, pageUrl: string): Promise<Blob> {
  if (kind === 'csv') return new Blob([viewCsv(v.columns, v.rows ?? [])], { type: 'text/csv' });
  const svg = await viewSvg(v.host, v.figure, pageUrl);
  return kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : svgToPngBlob(svg);
}
