// The layer rule of `npm run lint:layers` fails on an upward import, a folder cycle and an upward
// import from an .astro file, and passes on the real tree.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroImports, lintLayers } from '../../../scripts/layers/lint-layers.mjs';

const lint = lintLayers;

let root = '';
/** A throwaway repository with these files under it. */
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'layers-fixture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A valid little tree: page → component → chart → kit → lib. */
const valid = {
  'src/lib/format.ts': 'export const f = 1;\n',
  'src/kit/theme.ts': "import { f } from '../lib/format';\nexport const t = f;\n",
  'src/charts/a.ts': "import { t } from '../kit/theme';\nexport const a = t;\n",
  'src/components/C.astro': "---\nimport { a } from '../charts/a';\n---\n<p>{a}</p>\n<script>\n  import '../lib/format';\n</script>\n",
  'src/layouts/L.astro': "---\nimport C from '../components/C.astro';\n---\n<C />\n",
  'src/pages/index.astro': "---\nimport L from '../layouts/L.astro';\n---\n<L />\n",
};

describe('lint:layers', () => {
  it('passes a tree whose imports point down', async () => {
    const r = await lint(tree(valid));
    expect(r.problems).toEqual([]);
    expect(r.modules).toBe(6);
  });

  it('fails an upward import (lib → charts), naming the rule and both files', async () => {
    const r = await lint(tree({ ...valid, 'src/lib/format.ts': "import { a } from '../charts/a';\nexport const f = a;\n" }));
    expect(r.problems).toContain('no-upward-from-lib: src/lib/format.ts → src/charts/a.ts');
  });

  it('fails an upward import written in an .astro file (component → layout)', async () => {
    const r = await lint(tree({ ...valid, 'src/components/D.astro': "---\nimport L from '../layouts/L.astro';\n---\n<L />\n" }));
    expect(r.problems).toContain('no-upward-from-components: src/components/D.astro → src/layouts/L.astro');
  });

  it('fails a cycle between two feature folders', async () => {
    const r = await lint(
      tree({
        ...valid,
        'src/features/x/a.ts': "import { b } from '../y/b';\nexport const a = b;\n",
        'src/features/y/b.ts': "import '../x/c';\nexport const b = 1;\n",
        'src/features/x/c.ts': 'export const c = 1;\n',
      }),
    );
    expect(r.problems).toContain('folder cycle: src/features/x → src/features/y → src/features/x');
  });

  it('passes the real tree', async () => {
    const r = await lint(process.cwd());
    expect(r.problems).toEqual([]);
    expect(r.modules).toBeGreaterThan(100);
  });

  it('reads imports from front matter, <script> blocks and dynamic imports of .astro files', () => {
    const text = "---\nimport A from './A.astro';\nimport type { T } from '../t';\n---\n<script>\n  import '../s';\n  void import('../d');\n</script>\n";
    expect(astroImports(text)).toBe("import './A.astro';\nimport '../t';\nimport '../s';\nimport '../d';\n");
  });
});
