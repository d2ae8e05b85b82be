import { CARD_FONTS } from '../../kit/raster/fonts';
import { escapeXml } from '../../lib/escape';
import { frame, type Drawing } from '../../kit/frame';
import { resolveCssVars } from '../../kit/theme-colors';
import { wrapText } from '../../kit/text-width';

/** Card size required by Open Graph and X/Twitter large cards. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardContent {
  /** The headline (the article's or chart's title). */
  title: string;
  /** One line under it: the dek or chart subtitle. */
  subtitle?: string | undefined;
  /** Small label above the title, e.g. "Explainer" or "Chart". */
  kicker?: string | undefined;
  /** A chart's own drawing, placed below the title (or beside it when tall). */
  chart?: Drawing | undefined;
  /** Site name, printed in the footer. */
  siteName: string;
  /** Host name shown in the footer (e.g. "example.org"). */
  host: string;
}

const PAD = 64;

/** Compose the 1200×630 card as an SVG string (light theme colours). */
export function cardSvg(c: CardContent, tokens: Record<string, string>): string {
  const t = (name: string, fallback: string) => tokens[name] ?? fallback;
  const paper = t('paper', '#fdfcfa');
  const ink = t('ink', '#1b1d1f');
  const muted = t('ink-muted', '#555b61');
  const accent = t('c-writing', '#b34700');
  const rule = t('rule', '#d9d5cc');
  const inner = CARD_WIDTH - 2 * PAD;
  const footerY = CARD_HEIGHT - PAD + 12;
  const chartBottom = footerY - 52;
  // A tall chart goes beside the text, a wide one below it, so either stays large enough to read.
  const side = c.chart !== undefined && c.chart.height / c.chart.width > 0.55;
  const textWidth = side ? 500 : inner;
  const parts: string[] = [];
  let y = PAD + 8;

  if (c.kicker) {
    parts.push(`<text x="${PAD}" y="${y + 22}" font-family="${CARD_FONTS.sans}" font-weight="600" font-size="24" letter-spacing="2" fill="${accent}">${escapeXml(c.kicker.toUpperCase())}</text>`);
    y += 44;
  }

  const withChart = Boolean(c.chart);
  const titleSize = withChart ? 48 : 68;
  const titleLines = wrapText(c.title, titleSize, textWidth, { family: 'serif', weight: 600, maxLines: side ? 5 : withChart ? 2 : 3 });
  for (const line of titleLines) {
    y += titleSize * 1.12;
    parts.push(`<text x="${PAD}" y="${y}" font-family="${CARD_FONTS.serif}" font-weight="600" font-size="${titleSize}" fill="${ink}">${escapeXml(line)}</text>`);
  }

  if (c.subtitle) {
    const subSize = withChart ? 26 : 32;
    y += subSize * 0.5;
    const room = side ? Math.max(1, Math.floor((chartBottom - y) / (subSize * 1.3))) : withChart ? 1 : 3;
    for (const line of wrapText(c.subtitle, subSize, textWidth, { maxLines: Math.min(room, 5) })) {
      y += subSize * 1.3;
      parts.push(`<text x="${PAD}" y="${y}" font-family="${CARD_FONTS.sans}" font-size="${subSize}" fill="${muted}">${escapeXml(line)}</text>`);
    }
  }

  if (c.chart) {
    const box = side
      ? { x: PAD + textWidth + 40, y: PAD, width: inner - textWidth - 40, height: chartBottom - PAD }
      : { x: PAD, y: y + 24, width: inner, height: chartBottom - (y + 24) };
    if (box.height > 80) parts.push(resolveCssVars(frame(c.chart, { at: box }).svg, tokens));
  }

  parts.push(`<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${footerY - 40}" y2="${footerY - 40}" stroke="${rule}" stroke-width="2"/>`);
  parts.push(
    `<g transform="translate(${PAD} ${footerY - 26}) scale(1)"><rect width="32" height="32" rx="6" fill="${ink}"/><path d="M6 22 L13 14 L18 18 L26 8" fill="none" stroke="${t('c-writing', '#b34700')}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/></g>`,
  );
  parts.push(`<text x="${PAD + 46}" y="${footerY}" font-family="${CARD_FONTS.sans}" font-weight="600" font-size="24" fill="${ink}">${escapeXml(c.siteName)}</text>`);
  parts.push(`<text x="${CARD_WIDTH - PAD}" y="${footerY}" text-anchor="end" font-family="${CARD_FONTS.sans}" font-size="24" fill="${muted}">${escapeXml(c.host)}</text>`);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><rect width="100%" height="100%" fill="${paper}"/>${parts.join('')}</svg>`;
}
