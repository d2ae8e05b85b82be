// Plain `tsc` cannot resolve .astro files (only Astro's language tools can); type them for these tests.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
