// Thresholds that keep article and chart pages within their HTML budget (issue #15).

/** Above this many characters of SVG (both layouts), a page paints the lite copy; tooltip text loads on interaction. */
export const LITE_OVER = 40_000;

/** Above this many table cells (rows × columns), an article's figure links to the table on the chart page instead of carrying it. */
export const LONG_TABLE_CELLS = 400;
