/**
 * Turn a Pagefind excerpt ("text with <mark>hits</mark>") into DOM nodes, keeping only text and
 * <mark>: the index is ours, but nothing from it is ever inserted as raw HTML.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  const decoder = doc.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      // Pagefind escapes entities in excerpts; a textarea decodes them without running markup.
      decoder.innerHTML = part.replace(/</g, '&lt;');
      const text = doc.createTextNode(decoder.value);
      if (inMark) {
        const mark = doc.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}
