import type { APIRoute } from 'astro';
import { readBasemap } from '../../lib/map/basemap';

/** The offline basemap, served with the site: no tile server. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(readBasemap())}\n`, { headers: { 'Content-Type': 'application/geo+json' } });
