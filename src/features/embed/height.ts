import { heightMessage } from '../../lib/embed-protocol';

/**
 * Report the page's content height to the parent frame now and whenever it changes (ResizeObserver,
 * no polling). Returns a function that sends the current height again, even if unchanged.
 */
export function reportHeight(id: string, root: HTMLElement, parent: Window): () => void {
  let last = 0;
  const send = (force: boolean) => {
    // <html> has no height of its own in the embed CSS, so its box is exactly the content's height,
    // whatever the iframe's current height (scrollHeight would never report a shrink).
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    // The height is not secret and the host may be any site: '*' is the right target.
    parent.postMessage(heightMessage(id, height), '*');
  };
  new ResizeObserver(() => send(false)).observe(root);
  // Chrome throttles rendering in a cross-origin frame outside the viewport, and ResizeObserver fires
  // only when the frame renders: an embed below the fold would stay at the snippet's fallback height
  // until the reader scrolls to it, then jump. Measuring forces layout even there, so report now and
  // once the page (and any late stylesheet or image) has loaded.
  send(false);
  const win = root.ownerDocument.defaultView;
  if (win && root.ownerDocument.readyState !== 'complete') win.addEventListener('load', () => send(false), { once: true });
  return () => send(true);
}
