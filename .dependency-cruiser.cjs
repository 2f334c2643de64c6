// How src/lib may import itself (docs/architecture.md, "src/lib by concern"). Folders are in
// layers; a module may import only folders of earlier layers, so every arrow points downstream
// and no two folders can depend on each other. Checked in the suite (tests/unit/importLayers.test.ts)
// and by `npm run check-imports`.

/** Earliest first. A folder may import folders of earlier layers only (not of its own layer). */
const LAYERS = [
  ['i18n', 'data', 'regions'],
  ['format'],
  ['derive'],
  ['validation', 'cleaning', 'search'],
  ['drafting', 'compare', 'map'],
  ['charts'],
  ['views'],
  ['findings'],
  ['chartKinds', 'publishing', 'security'],
  ['downloads'],
  ['cards'],
];

const KNOWN = LAYERS.flat();
const folders = (names) => `^src/lib/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'Modules import each other in one direction only.', severity: 'error', from: { path: '^src/lib/' }, to: { circular: true } },
    { name: 'no-folder-cycles', comment: 'Folders depend on each other in one direction only.', severity: 'error', scope: 'folder', from: { path: '^src/lib/' }, to: { circular: true } },
    ...LAYERS.flatMap((layer, i) =>
      layer.map((folder) => ({
        name: `layer-${folder}`,
        comment: `${folder}/ may import only ${LAYERS.slice(0, i).flat().join(', ') || 'nothing else in src/lib'} (earlier layers in .dependency-cruiser.cjs).`,
        severity: 'error',
        from: { path: `^src/lib/${folder}/` },
        to: { path: folders(LAYERS.slice(i).flat().filter((f) => f !== folder)) },
      })),
    ),
    { name: 'folder-in-a-layer', comment: 'A new folder of src/lib gets its place in LAYERS (.dependency-cruiser.cjs).', severity: 'error', from: { path: '^src/lib/' }, to: { path: `^src/lib/(?!(${KNOWN.join('|')})/)` } },
    { name: 'folder-in-a-layer-from', comment: 'A new folder of src/lib gets its place in LAYERS (.dependency-cruiser.cjs).', severity: 'error', from: { path: `^src/lib/(?!(${KNOWN.join('|')})/)` }, to: { path: '^src/lib/' } },
    { name: 'lib-below-pages', comment: 'src/lib is used by components and pages, never the other way.', severity: 'error', from: { path: '^src/lib/' }, to: { path: '^src/(components|pages|layouts)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a folder that needs another's types depends on it.
    tsPreCompilationDeps: true,
  },
};
