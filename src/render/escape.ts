// One escape function for every string that goes into chart SVG or HTML built as text.
export { escapeXml } from '../lib/social-cards/escape';
