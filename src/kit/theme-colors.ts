// Imported as text through Vite so it is bundled with the build (no path lookup at render time).
import tokensCss from '../styles/tokens.css?raw';

/** Light-theme token values (name without "--" → colour) read from src/styles/tokens.css. */
export function lightTokens(css: string = tokensCss): Record<string, string> {
  // The first block is `:root { … }`: every token as light-dark(light value, dark value).
  const block = /:root[^{]*\{([^}]*)\}/.exec(css)?.[1];
  if (!block) throw new Error('theme tokens: no :root block in tokens.css');
  const tokens: Record<string, string> = {};
  for (const m of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
    const value = m[2]!.trim();
    tokens[m[1]!] = /^light-dark\(\s*([^,()]+),/.exec(value)?.[1]!.trim() ?? value;
  }
  return tokens;
}

/**
 * Replace `var(--name)` and `var(--name, fallback)` with concrete colours: resvg has no CSS
 * custom properties, while chart SVGs take every colour from the theme tokens.
 */
export function resolveCssVars(svg: string, tokens: Record<string, string>): string {
  let out = svg;
  // Repeat so a fallback that is itself a var() resolves too.
  for (let i = 0; i < 4 && out.includes('var(--'); i++) {
    out = out.replace(/var\(\s*--([\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_m, name: string, fallback?: string) =>
      tokens[name] ?? fallback?.trim() ?? 'currentColor',
    );
  }
  return out;
}
