import type { APIRoute } from 'astro';
import type { TableName } from '../../lib/data/schema';
import { siteData } from '../../lib/validation/siteData';
import { TABLE_NAMES, tableJson } from '../../lib/publishing/publishedFiles';

export function getStaticPaths() {
  return TABLE_NAMES.map((table) => ({ params: { table } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(tableJson(siteData(), params['table'] as TableName), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
