import type { APIRoute } from 'astro';
import { pngSet } from '../../lib/downloads/pngSet';
import { siteCatalog } from '../../lib/downloads/siteCatalog';

export const getStaticPaths = () => siteCatalog().map((entry) => ({ params: { slug: entry.slug } }));

const png = pngSet(() => new Map(siteCatalog().map((entry) => [entry.slug, entry.svg()])));

/** The chart's SVG file drawn at 2× as PNG, for slides, chat apps and print. */
export const GET: APIRoute = async ({ params }) => new Response(await png(String(params['slug'])), { headers: { 'Content-Type': 'image/png' } });
