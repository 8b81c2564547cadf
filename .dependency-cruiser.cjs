/*
 * The import graph's rules (npm run lint): no cycles, so a feature's module can be read and moved
 * whole, and the layers point one way: app/ (routes) → components/, lib/ (README: layout). Type-only
 * imports count too: a cycle of types still ties two modules.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A module reaches itself through its imports: move what both need into one of them, or below both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-below-pages',
      severity: 'error',
      comment: 'lib/ is what routes are made of: it imports none of them.',
      from: { path: '^lib/' },
      to: { path: '^app/' },
    },
    {
      name: 'components-below-routes',
      severity: 'error',
      comment: 'A component is used by routes; it imports none.',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'site-without-tests',
      severity: 'error',
      comment: 'What ships never imports the tests or their fixtures.',
      from: { path: '^(app|components|lib|i18n)/|^(proxy|next\\.config|instrumentation)\\.ts$' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.next-test|\\.contentlayer|\\.generated|public|tests/fixtures)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
