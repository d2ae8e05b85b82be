import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, filesIn, requireBuild } from '../support/built-site';
import { FAMILIES } from '../../scripts/fonts/fallbacks.mjs';

// No layout shift when the web fonts swap in (issue #15): every web font in the built CSS has its
// metric-matched local fallbacks, and every font stack that names a web font lists them right after it.
const dist = BUILDS[0]!;
requireBuild(dist);
const cssFiles = filesIn(dist.dir).filter((f) => f.endsWith('.css'));
const htmlStyles = filesIn(dist.dir)
  .filter((f) => f.endsWith('.html'))
  .flatMap((f) => [...readFileSync(join(dist.dir, f), 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file: f, css: m[1] ?? '' })));
const sheets = [...cssFiles.map((f) => ({ file: f, css: readFileSync(join(dist.dir, f), 'utf8') })), ...htmlStyles];

const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, '');
/** Every @font-face block as its descriptors. */
const faces = sheets.flatMap(({ file, css }) =>
  [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
    const d = Object.fromEntries((m[1] ?? '').split(';').map((x) => x.split(/:(.*)/s)).filter((x) => x.length > 1).map(([k, v]) => [k!.trim(), (v ?? '').trim()]));
    return { file, family: unquote(d['font-family'] ?? ''), d };
  }),
);
/** Every font stack: `font-family:` values and `--font-*:` custom properties, split into names. */
const stacks = sheets.flatMap(({ file, css }) =>
  [...css.matchAll(/(?:font-family|--font-[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => ({ file, value: m[1] ?? '', names: (m[1] ?? '').split(',').map(unquote) })),
);

describe('metric-matched font fallbacks in the built CSS', () => {
  it('finds the site CSS and its web-font faces', () => {
    expect(cssFiles.length).toBeGreaterThan(0);
    for (const f of FAMILIES) expect(faces.some((x) => x.family === f.family && /url\(/.test(x.d.src ?? '')), f.family).toBe(true);
  });

  for (const f of FAMILIES) {
    for (const fb of f.fallbacks) {
      it(`${f.family} has the fallback face "${fb.name}" with all four metric overrides`, () => {
        const face = faces.find((x) => x.family === fb.name);
        expect(face, `no @font-face for "${fb.name}"`).toBeDefined();
        expect(face!.d.src).toMatch(/^local\(/);
        for (const k of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override']) expect(face!.d[k], `${fb.name}: ${k}`).toMatch(/^\d+(\.\d+)?%$/);
      });
    }
  }

  it('every font stack that names a web font lists its fallbacks right after it', () => {
    const bad: string[] = [];
    let seen = 0;
    for (const s of stacks) {
      for (const f of FAMILIES) {
        const i = s.names.indexOf(f.family);
        if (i < 0) continue;
        // The @font-face rule's own font-family names just the web font; that is not a stack.
        if (s.names.length === 1) continue;
        seen++;
        const want = f.fallbacks.map((x) => x.name);
        if (JSON.stringify(s.names.slice(i + 1, i + 1 + want.length)) !== JSON.stringify(want)) bad.push(`${s.file}: ${s.value}`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(FAMILIES.length);
    expect(bad).toEqual([]);
  });
});
