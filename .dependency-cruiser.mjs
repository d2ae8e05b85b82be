// dependency-cruiser config: the layer rules of scripts/layers/layers.mjs plus no module cycles.
// Run through `npm run lint:layers` (scripts/layers/lint-layers.mjs), which also reads .astro files.
import { layerRules } from './scripts/layers/layers.mjs';

export default {
  forbidden: [
    ...layerRules(),
    {
      name: 'no-circular',
      comment: 'A module cycle hides the direction of a dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
  },
};
