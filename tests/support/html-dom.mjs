// A spec-compliant HTML parse (parse5) with the few walkers the quality gates need. parse5 decodes
// entities and handles attribute values holding "<" and inline SVG exactly as a browser does.
import { parse, parseFragment } from 'parse5';

/**
 * @typedef {{ nodeName: string, tagName?: string, attrs?: { name: string, value: string, prefix?: string }[],
 *   childNodes?: Node[], content?: Node, value?: string, namespaceURI?: string }} Node
 */

/** Parse a whole document. @param {string} html @returns {Node} */
export function parseDocument(html) {
  return /** @type {Node} */ (/** @type {unknown} */ (parse(html)));
}

/** Parse an HTML fragment (e.g. a component's output or an inline SVG string). @param {string} html @returns {Node} */
export function parseHtmlFragment(html) {
  return /** @type {Node} */ (/** @type {unknown} */ (parseFragment(html)));
}

/**
 * Visit every element below node (template contents included), depth first, in document order.
 * @param {Node} node
 * @param {(el: Node) => void} visit
 */
export function walkElements(node, visit) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) {
      visit(child);
      if (child.content) walkElements(child.content, visit);
    }
    walkElements(child, visit);
  }
}

/** Attributes of an element as a plain object ("xlink:href" keeps its prefix). @param {Node} el @returns {Record<string, string>} */
export function attrsOf(el) {
  return Object.fromEntries((el.attrs ?? []).map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
}

/** The decoded text inside a node. @param {Node} node @returns {string} */
export function textContent(node) {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textContent).join('');
}

/** Every element below node with the given (lower-case) tag name. @param {Node} node @param {string} tag */
export function elementsByTag(node, tag) {
  /** @type {Node[]} */
  const out = [];
  walkElements(node, (el) => {
    if (el.tagName === tag) out.push(el);
  });
  return out;
}
