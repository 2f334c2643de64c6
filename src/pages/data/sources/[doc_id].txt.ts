import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/validation/siteData';

export function getStaticPaths() {
  return siteData().documents.map((d) => ({ params: { doc_id: d.doc_id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(siteData().sources[params['doc_id'] ?? ''] ?? '', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
