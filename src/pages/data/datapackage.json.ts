import type { APIRoute } from 'astro';
import { siteData } from '../../lib/validation/siteData';
import { dataPackageJson } from '../../lib/publishing/publishedFiles';

export const GET: APIRoute = () => new Response(dataPackageJson(siteData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
