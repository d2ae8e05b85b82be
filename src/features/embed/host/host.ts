// The host side of the embed handshake, run by /embed.js on any page that pastes our snippet:
// resize each embed frame to the height it reports, and tell each frame the page's colour scheme.
import { asHeightMessage, FRAME_ATTRIBUTE, themeMessage, type Scheme } from '../../../lib/embed-protocol';
import { frameOrigin, senderFrame } from './frames';
import { schemeFrom, type SchemeSignals } from './scheme';

/** Attributes a site's theme switch commonly sets on <html> or <body>. */
const THEME_ATTRIBUTES = ['data-theme', 'data-color-scheme', 'data-mode', 'data-bs-theme'];

/** The host document's theme signals, read now. */
export function readSignals(doc: Document, win: Window): SchemeSignals {
  const els = [doc.documentElement, doc.body].filter((e): e is HTMLElement => e !== null);
  return {
    attributes: els.flatMap((e) => THEME_ATTRIBUTES.map((a) => e.getAttribute(a) ?? '')).filter(Boolean),
    classes: els.flatMap((e) => [...e.classList]),
    colorScheme: win.getComputedStyle(doc.documentElement).colorScheme || 'normal',
    backgrounds: els.reverse().map((e) => win.getComputedStyle(e).backgroundColor),
    prefersDark: win.matchMedia('(prefers-color-scheme: dark)').matches,
  };
}

/** Has the frame left its initial about:blank document? (A cross-origin document cannot be read: it has.) */
function loaded(frame: HTMLIFrameElement): boolean {
  try {
    const href = frame.contentWindow?.location.href;
    return href !== undefined && href !== 'about:blank';
  } catch {
    return true;
  }
}

/** Start the host side once per page (every snippet includes the script; later copies do nothing). */
export function startHost(win: Window & typeof globalThis): void {
  const flag = Symbol.for(`${FRAME_ATTRIBUTE}:host`);
  const w = win as unknown as Record<symbol, boolean>;
  if (w[flag]) return;
  w[flag] = true;

  const doc = win.document;
  const frames = () => doc.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`);
  let scheme: Scheme = schemeFrom(readSignals(doc, win));

  /** Post the scheme to a frame, addressed to the origin its src names (the scheme is not secret, but stay precise). */
  const sendTheme = (frame: HTMLIFrameElement) => {
    const origin = frameOrigin(frame.src, doc.baseURI);
    if (origin && loaded(frame)) frame.contentWindow?.postMessage(themeMessage(scheme), origin);
  };

  win.addEventListener('message', (event) => {
    const msg = asHeightMessage(event.data);
    if (!msg) return;
    const frame = senderFrame(frames(), event.source, event.origin, doc.baseURI, msg.id);
    if (!frame) return;
    frame.style.height = `${msg.height}px`;
    // Answering every report lets a frame that loaded (or reloaded) before we listened learn the scheme.
    sendTheme(frame);
  });

  const update = () => {
    const next = schemeFrom(readSignals(doc, win));
    if (next === scheme) return;
    scheme = next;
    frames().forEach(sendTheme);
  };
  win.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
  const watch = new MutationObserver(update);
  const options = { attributes: true, attributeFilter: ['class', 'style', ...THEME_ATTRIBUTES] };
  watch.observe(doc.documentElement, options);
  if (doc.body) watch.observe(doc.body, options);
  else doc.addEventListener('DOMContentLoaded', () => doc.body && watch.observe(doc.body, options), { once: true });

  // Frames that loaded before this script: the theme reaches them now and they answer with their height.
  frames().forEach(sendTheme);
}
