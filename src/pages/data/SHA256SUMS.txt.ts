import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/siteData';
import { checksums } from '../../lib/site/publishedFiles';

export const GET: APIRoute = () => new Response(checksums(siteData()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
