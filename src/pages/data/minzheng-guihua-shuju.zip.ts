import type { APIRoute } from 'astro';
import { siteData } from '../../lib/validation/siteData';
import { datasetZip } from '../../lib/publishing/publishedFiles';

export const GET: APIRoute = () => new Response(Buffer.from(datasetZip(siteData())), { headers: { 'Content-Type': 'application/zip' } });
