import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/siteData';
import { dataPackageJson } from '../../lib/site/publishedFiles';

export const GET: APIRoute = () => new Response(dataPackageJson(siteData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
