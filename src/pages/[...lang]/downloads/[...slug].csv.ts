import type { APIRoute } from 'astro';
import { chartCsv } from '../../lib/downloads/chartCsv';
import { catalogEntry, siteCatalog } from '../../lib/downloads/siteCatalog';

export const getStaticPaths = () => siteCatalog().map((entry) => ({ params: { slug: entry.slug } }));

/** The numbers the chart draws, each with its quote and a link to it. */
export const GET: APIRoute = ({ params }) => new Response(chartCsv(catalogEntry(String(params['slug'])).csv()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
