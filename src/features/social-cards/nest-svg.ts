/** Where to place a nested SVG inside the card, in card pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height ÷ width of an SVG from its viewBox (or width/height); undefined when it states neither. */
export function svgAspect(svg: string): number | undefined {
  const tag = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const vb = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(tag);
  const w = Number(vb?.[1] ?? /\swidth\s*=\s*["']([\d.]+)["']/i.exec(tag)?.[1]);
  const h = Number(vb?.[2] ?? /\sheight\s*=\s*["']([\d.]+)["']/i.exec(tag)?.[1]);
  return w > 0 && h > 0 ? h / w : undefined;
}

/**
 * Re-root a standalone SVG document so it draws inside `box` of another SVG, scaled to fit and
 * centred. The original viewBox is kept (or made from width/height) so nothing is cropped.
 */
export function nestSvg(svg: string, box: Box): string {
  const body = svg.replace(/<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, '').trim();
  const open = /<svg\b[^>]*>/i.exec(body);
  if (!open) throw new Error('social cards: the chart SVG has no <svg> element');
  const tag = open[0];
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const width = parseFloat(attr('width') ?? '');
  const height = parseFloat(attr('height') ?? '');
  const viewBox = attr('viewBox') ?? (width > 0 && height > 0 ? `0 0 ${width} ${height}` : undefined);
  if (!viewBox) throw new Error('social cards: the chart SVG needs a viewBox or numeric width and height');
  // Keep namespaces, class and style of the original root; drop its size and position.
  const keep = tag
    .replace(/^<svg\b/i, '')
    .replace(/>$/, '')
    .replace(/\s(width|height|viewBox|x|y|preserveAspectRatio)\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\/$/, '');
  const newTag = `<svg${keep} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
  return body.replace(tag, newTag);
}
