import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { CHART_FONT_FACES } from '../../lib/downloads/chartFont';
import { subsetFonts } from '../../lib/downloads/fontSubset';
import { NOTO_SANS_SC } from '../../lib/downloads/renderPng';
import { siteCatalog } from '../../lib/downloads/siteCatalog';
import { LOCALES } from '../../lib/i18n/locales';

// /fonts/chart-regular.woff2 and /fonts/chart-bold.woff2: Noto Sans SC cut to the characters of every
// chart file of both editions. The share panel's PNG button draws a chart's SVG file with them, so a
// PNG looks as the server would have drawn it, on any reader's machine.
export const getStaticPaths = () => CHART_FONT_FACES.map((face) => ({ params: { face: `chart-${face}` } }));

let subset: Promise<string[]> | undefined;

export const GET: APIRoute = async ({ params }) => {
  subset ??= subsetFonts(LOCALES.flatMap((locale) => siteCatalog(locale).map((entry) => entry.svg())).join(''), NOTO_SANS_SC, 'woff2');
  const files = await subset;
  const index = CHART_FONT_FACES.indexOf(String(params['face']).replace(/^chart-/, '') as (typeof CHART_FONT_FACES)[number]);
  return new Response(readFileSync(files[index]!), { headers: { 'Content-Type': 'font/woff2' } });
};
