import type { APIRoute } from 'astro';
import type { TableName } from '../../lib/data/schema';
import { siteData } from '../../lib/validation/siteData';
import { TABLE_NAMES } from '../../lib/publishing/publishedFiles';
import { tableParquet } from '../../lib/publishing/parquetTables';

export function getStaticPaths() {
  return TABLE_NAMES.map((table) => ({ params: { table } }));
}

/** The typed rows as Parquet, columns in the CSV's order, types from the data dictionary. */
export const GET: APIRoute = ({ params }) =>
  new Response(Buffer.from(tableParquet(siteData(), params['table'] as TableName)), { headers: { 'Content-Type': 'application/vnd.apache.parquet' } });
