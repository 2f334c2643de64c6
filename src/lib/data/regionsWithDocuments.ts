import type { Dataset, Region } from './schema';

/** Regions that have at least one document get a page. */
export function regionsWithDocuments(data: Dataset): Region[] {
  const codes = new Set(data.documents.map((d) => d.region_code));
  return data.regions.filter((r) => codes.has(r.region_code));
}
