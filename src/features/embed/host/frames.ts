// Which iframe on the host page sent a message. The only trusted link between a message and a frame
// is `event.source === iframe.contentWindow`; the origin check then proves the frame still shows our page.
import { FRAME_ATTRIBUTE } from '../../../lib/embed-protocol';

/** The parts of an iframe element this module reads (an interface so tests can pass plain objects). */
export interface FrameLike {
  readonly contentWindow: unknown;
  readonly src: string;
  getAttribute(name: string): string | null;
}

/** Origin of a frame's src resolved against the host page, or null when it has none (about:, data:, bad URL). */
export function frameOrigin(src: string, base: string): string | null {
  try {
    const u = new URL(src, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The embed frame that sent a message: its contentWindow is the message's source, its src has the
 * message's origin, and its marker attribute (when it names a chart) names the message's chart.
 * Null for everything else, which the host then ignores.
 */
export function senderFrame<F extends FrameLike>(frames: Iterable<F>, source: unknown, origin: string, base: string, id: string): F | null {
  if (source === null || source === undefined) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== source) continue;
    if (frameOrigin(frame.src, base) !== origin) return null;
    const marked = frame.getAttribute(FRAME_ATTRIBUTE);
    return marked && marked !== id ? null : frame;
  }
  return null;
}
