import type { APIRoute } from 'astro';
import { siteData } from '../../lib/validation/siteData';
import { checksums } from '../../lib/publishing/publishedFiles';

export const GET: APIRoute = () => new Response(checksums(siteData()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
