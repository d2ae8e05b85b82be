// The layer order of src/ (DESIGN's order, top → bottom): a folder may import its own layer and any
// layer below it, never one above. `npm run lint:layers` (and `npm test`) enforce it.

/** Layers from the top; each is a list of folders under src/ (a regex fragment each). */
export const LAYERS = [
  { name: 'pages', dirs: ['pages'] },
  { name: 'layouts', dirs: ['layouts'] },
  { name: 'features', dirs: ['features'] },
  { name: 'components', dirs: ['components'] },
  { name: 'outputs', dirs: ['outputs'] },
  { name: 'charts', dirs: ['charts'] },
  { name: 'kit', dirs: ['kit'] },
  { name: 'mdx', dirs: ['mdx'] },
  { name: 'citations', dirs: ['citations'] },
  { name: 'content', dirs: ['content', 'content\\.config\\.ts'] },
  { name: 'data', dirs: ['data'] },
  { name: 'lib', dirs: ['lib'] },
];

const pathOf = (dirs) => `^src/(${dirs.join('|')})(/|$)`;

/** dependency-cruiser `forbidden` rules: one per layer, forbidding imports of any layer above it. */
export function layerRules() {
  return LAYERS.slice(1).map((layer, i) => {
    const above = LAYERS.slice(0, i + 1).flatMap((l) => l.dirs);
    return {
      name: `no-upward-from-${layer.name}`,
      comment: `src/${layer.name} may only import its own layer and the layers below it (scripts/layers/layers.mjs)`,
      severity: 'error',
      from: { path: pathOf(layer.dirs) },
      to: { path: pathOf(above) },
    };
  });
}

/**
 * The folder a module belongs to for the folder-level cycle check: the layer folder, or one level
 * deeper for the folders that hold several units (each feature, each outputs group, …).
 */
export function unitOf(modulePath) {
  const m = /^src\/([^/]+)(?:\/([^/]+)\/)?/.exec(modulePath);
  if (!m) return undefined;
  return m[2] && ['features', 'outputs', 'kit', 'data'].includes(m[1]) ? `src/${m[1]}/${m[2]}` : `src/${m[1]}`;
}
