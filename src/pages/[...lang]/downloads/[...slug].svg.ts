import type { APIRoute } from 'astro';
import { catalogEntry, siteCatalog } from '../../lib/downloads/siteCatalog';

export const getStaticPaths = () => siteCatalog().map((entry) => ({ params: { slug: entry.slug } }));

/** The chart as a self-contained SVG file: title, source, credit and licence inside. */
export const GET: APIRoute = ({ params }) => new Response(catalogEntry(String(params['slug'])).svg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
