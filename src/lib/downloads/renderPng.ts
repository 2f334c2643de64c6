import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Resolved from the project root: at build time this module runs from a bundled chunk elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

/**
 * Noto Sans SC regular and bold (SIL Open Font License 1.1, from @expo-google-fonts/noto-sans-sc):
 * the family DOWNLOAD_FONT_FAMILY names first, shipped with the code so a PNG never depends on
 * the fonts of the machine that builds it.
 */
export const NOTO_SANS_SC: readonly string[] = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];

/** PNGs are drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/**
 * An SVG as PNG bytes at 2×, on white, with Noto Sans SC only (no system fonts).
 * `fontFiles` may be a subset of Noto Sans SC (see fontSubset.ts) that covers the SVG's text.
 */
export function renderPng(svg: string, fontFiles: readonly string[] = NOTO_SANS_SC): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
    logLevel: 'error',
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
