import { canonicalIndicators } from '../data/duplicates';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import { regionsWithDocuments } from '../data/regionsWithDocuments';

export interface RegionSummary {
  region: Region;
  parent: Region | undefined;
  documents: DocumentRow[];
  indicators: number;
  values: number;
  projects: number;
  notes: number;
}

/** One line per region that has documents, with counts of what was extracted from them. */
export function summariseRegions(data: Dataset): RegionSummary[] {
  // Each quantity once: a row that repeats another (duplicate_of) and its figures are not counted again.
  const indicatorDoc = new Map(canonicalIndicators(data).map((i) => [i.indicator_id, i.doc_id]));
  return regionsWithDocuments(data).map((region) => {
    const documents = data.documents.filter((d) => d.region_code === region.region_code);
    const ids = new Set(documents.map((d) => d.doc_id));
    return {
      region,
      parent: data.regions.find((r) => r.region_code === region.parent_code),
      documents,
      indicators: canonicalIndicators(data).filter((i) => ids.has(i.doc_id)).length,
      values: data.indicator_values.filter((v) => ids.has(indicatorDoc.get(v.indicator_id) ?? '')).length,
      projects: data.projects.filter((p) => ids.has(p.doc_id)).length,
      notes: data.notes.filter((n) => ids.has(n.doc_id)).length,
    };
  });
}
