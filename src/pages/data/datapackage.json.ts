import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/siteData';
import { publishedDataFiles } from '../../lib/site/publishedFiles';

export const GET: APIRoute = () => new Response(publishedDataFiles(siteData())['datapackage.json'], { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
