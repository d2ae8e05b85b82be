import { FRAME_ATTRIBUTE } from '../../lib/embed-protocol';

/** What the snippet needs: URLs already resolved (absolute for readers, root-relative for our own test page). */
export interface SnippetParts {
  id: string;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  /** URL of the embed page. */
  frameSrc: string;
  /** URL of /embed.js. */
  scriptSrc: string;
  /** Height in CSS px the frame has until (or without) the host script: the whole chart must fit. */
  height: number;
  /** On phone-width hosts, a height that follows the viewport (`base` px + `perVw` vw), capped by `height`. */
  narrow?: { base: number; perVw: number } | undefined;
}

/** Escape for a double-quoted HTML attribute. */
function attr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The HTML a reader pastes: a lazy iframe with a title and a fallback height, marked for the host
 * script, then the host script itself (async; several copies on one page run once).
 */
export function snippetHtml(p: SnippetParts): string {
  if (!Number.isInteger(p.height) || p.height <= 0) throw new Error(`embed snippet for "${p.id}": height must be a positive whole number of px, got ${p.height}`);
  const n = p.narrow;
  if (n && !(Number.isFinite(n.base) && Number.isFinite(n.perVw))) throw new Error(`embed snippet for "${p.id}": narrow height must be finite numbers, got ${JSON.stringify(n)}`);
  // The height attribute is for hosts that drop inline styles; the style's min() fits phone columns too.
  // No width attribute: "100%" is not a valid value for it (a whole number of px is); CSS sets the width.
  const height = n ? `height:min(${p.height}px,calc(${n.base}px + ${n.perVw}vw))` : `height:${p.height}px`;
  return (
    `<iframe src="${attr(p.frameSrc)}" title="${attr(p.title)}" loading="lazy" height="${p.height}" ` +
    `style="border:0;width:100%;${height}" ${FRAME_ATTRIBUTE}="${attr(p.id)}"></iframe>` +
    `<script src="${attr(p.scriptSrc)}" async></script>`
  );
}
