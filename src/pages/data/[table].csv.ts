import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { dataDir } from '../../lib/data/loadDataset';
import { siteData } from '../../lib/data/siteData';
import { TABLE_NAMES } from '../../lib/site/publishedTables';

export function getStaticPaths() {
  siteData(); // validate before publishing anything
  return TABLE_NAMES.map((table) => ({ params: { table } }));
}

/** The curated CSV exactly as validated: researchers get the bytes the checks ran on. */
export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), `${params['table']}.csv`)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
