// The embed handshake, shared by the embed page (child) and /embed.js (host). Pure data and checks,
// no DOM and no imports, so the host script stays one small dependency-free file.
//
//   child → parent   { type: HEIGHT_TYPE, version: 1, id: "<chart id>", height: <CSS px> }
//   parent → child   { type: THEME_TYPE,  version: 1, scheme: "light" | "dark" }
//
// Messages are plain objects (structured clone), never strings, so other scripts' JSON messages
// cannot be mistaken for ours. A receiver ignores anything that fails these checks.

// Types are namespaced ("genai-freelance:…") because a host may run other embed systems beside ours;
// they are spelled out so the strings can be found in the built /embed.js.

/** Child → parent: the embed's content height in CSS pixels. */
export const HEIGHT_TYPE = 'genai-freelance:embed-height';

/** Parent → child: the host page's colour scheme. */
export const THEME_TYPE = 'genai-freelance:embed-theme';

/** Protocol version; a receiver ignores other versions rather than guess. */
export const PROTOCOL_VERSION = 1;

/** Attribute that marks an iframe as ours in the host page (its value is the chart id). */
export const FRAME_ATTRIBUTE = 'data-genai-embed';

/** Largest height the host accepts, so a broken or hostile page cannot make a frame absurdly tall. */
export const MAX_HEIGHT = 20_000;

/** A colour scheme. */
export type Scheme = 'light' | 'dark';

/** The height report a child sends. */
export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  version: typeof PROTOCOL_VERSION;
  id: string;
  height: number;
}

/** The theme a host sends. */
export interface ThemeMessage {
  type: typeof THEME_TYPE;
  version: typeof PROTOCOL_VERSION;
  scheme: Scheme;
}

/** Chart ids are lower-case words joined by "-" (the registry enforces the same). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A plain object (not null, not an array)? */
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The data as a height message, or null when it is anything else (wrong type, version or values). */
export function asHeightMessage(data: unknown): HeightMessage | null {
  if (!isRecord(data) || data.type !== HEIGHT_TYPE || data.version !== PROTOCOL_VERSION) return null;
  const { id, height } = data;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
  return { type: HEIGHT_TYPE, version: PROTOCOL_VERSION, id, height };
}

/** The data as a theme message, or null. */
export function asThemeMessage(data: unknown): ThemeMessage | null {
  if (!isRecord(data) || data.type !== THEME_TYPE || data.version !== PROTOCOL_VERSION) return null;
  const { scheme } = data;
  if (scheme !== 'light' && scheme !== 'dark') return null;
  return { type: THEME_TYPE, version: PROTOCOL_VERSION, scheme };
}

/** A height message for a chart (height rounded up to whole pixels, so nothing is cut by a fraction). */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_TYPE, version: PROTOCOL_VERSION, id, height: Math.ceil(height) };
}

/** A theme message. */
export function themeMessage(scheme: Scheme): ThemeMessage {
  return { type: THEME_TYPE, version: PROTOCOL_VERSION, scheme };
}
