import type { APIRoute } from 'astro';
import { resizeListenerJs } from '../../lib/downloads/embedScript';

/** The parent-page resize listener journalists paste with an embed (a few hundred bytes). */
export const GET: APIRoute = () => new Response(resizeListenerJs(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
