// Vite plugin: in the browser build, our chart code gets its own copy of the d3 modules, apart from vega's.
// Why: each d3 package ships as one module, and the bundler tree-shakes a module once for all its importers,
// so the chunk a d3 chart imports d3-scale from holds everything vega uses of d3-scale, d3-time-format and
// d3-format too (18 KB gzip, loaded on a d3 chart's first view change). A copy tagged with a query is a
// separate module, shaken to what our charts use. A page with both kinds of chart loads both copies, but
// vega's only when one of its charts needs it (lazy, DESIGN.md budgets).

const TAG = '?own-d3';
const D3_PACKAGE = /^d3-[a-z-]+$/;

/** True for a module of ours (src/, not a dependency) or one already in our d3 copy. */
const isOurs = (/** @type {string} */ id) => id.endsWith(TAG) || (!id.includes('/node_modules/') && id.includes('/src/'));

/** @returns {import('vite').Plugin} */
export function ownD3Copy() {
  return {
    name: 'own-d3-copy',
    enforce: 'pre',
    applyToEnvironment: (env) => env.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer || !D3_PACKAGE.test(source) || !isOurs(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? { ...resolved, id: `${resolved.id}${TAG}` } : null;
    },
  };
}
