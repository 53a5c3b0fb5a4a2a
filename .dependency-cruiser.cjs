/**
 * The house's rules for imports (`npm run lint`): the arrows run from the pages to the data, never
 * back. lib/geo is pure geometry; lib/geodata reads and checks geodata/; lib/layers builds the layers
 * from it; lib/map places them on a MapLibre map; components/ renders; nothing in lib/ renders.
 */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle makes two modules one: split or invert it.', from: {}, to: { circular: true } },
    {
      name: 'geo-is-pure',
      severity: 'error',
      comment: 'lib/geo: geometry on GeoJSON, no other part of the app (README, style.md).',
      from: { path: '^lib/geo/' },
      to: { path: '^(lib/(?!geo/)|components/|app/|server/|scripts/)' },
    },
    {
      name: 'layers-do-not-place-or-render',
      severity: 'error',
      comment: 'lib/layers describes layers as data; lib/map places them and components render them.',
      from: { path: '^lib/layers/' },
      to: { path: '^(lib/map/|components/)' },
    },
    {
      name: 'geodata-does-not-know-layers',
      severity: 'error',
      comment: 'lib/geodata reads geodata/; the layers are built from it, not the other way round.',
      from: { path: '^lib/geodata/' },
      to: { path: '^lib/layers/' },
    },
    { name: 'lib-does-not-render', severity: 'error', comment: 'Nothing in lib/ imports components/.', from: { path: '^lib/' }, to: { path: '^components/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next|out|\\.pages|\\.server|public)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
