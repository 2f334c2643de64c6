import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/siteData';
import { datasetZip } from '../../lib/site/publishedFiles';

export const GET: APIRoute = () => new Response(Buffer.from(datasetZip(siteData())), { headers: { 'Content-Type': 'application/zip' } });
