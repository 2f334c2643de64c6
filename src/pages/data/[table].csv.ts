import type { APIRoute } from 'astro';
import type { TableName } from '../../lib/data/schema';
import { siteData } from '../../lib/validation/siteData';
import { publishedCsv, TABLE_NAMES } from '../../lib/publishing/publishedFiles';

export function getStaticPaths() {
  siteData(); // validate before publishing anything
  return TABLE_NAMES.map((table) => ({ params: { table } }));
}

/** The curated CSV exactly as validated, behind a BOM for Excel. */
export const GET: APIRoute = ({ params }) => new Response(publishedCsv(params['table'] as TableName), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
