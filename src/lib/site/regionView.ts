import type { Dataset, DocumentRow, Indicator, IndicatorValue, Note, Project, Region } from '../data/schema';
import { isCanonical } from '../data/duplicates';
import { DOMAINS, type Domain } from '../data/vocabulary';
import { indexDataset } from './datasetIndex';

export interface IndicatorWithValues {
  indicator: Indicator;
  values: IndicatorValue[];
}

export interface RegionView {
  region: Region;
  parent: Region | undefined;
  documents: DocumentRow[];
  /** Canonical indicators grouped by domain, in the vocabulary's order; tables before text, in file order within each. */
  domains: { domain: Domain; indicators: IndicatorWithValues[] }[];
  projects: Project[];
  notes: Note[];
  valueCount: number;
}

/** Regions that have at least one document get a page. */
export function regionsWithDocuments(data: Dataset): Region[] {
  const codes = new Set(data.documents.map((d) => d.region_code));
  return data.regions.filter((r) => codes.has(r.region_code));
}

export function buildRegionView(data: Dataset, regionCode: string): RegionView {
  const region = data.regions.find((r) => r.region_code === regionCode);
  if (!region) throw new Error(`no region ${regionCode}`);
  const documents = data.documents.filter((d) => d.region_code === regionCode);
  const docIds = new Set(documents.map((d) => d.doc_id));
  const { valuesOf } = indexDataset(data);
  // Each quantity once: a row that repeats another of its document (duplicate_of) is shown on its canonical's page.
  const own = data.indicators.filter((i) => docIds.has(i.doc_id) && isCanonical(i));
  const domains = DOMAINS.map((domain) => ({
    domain,
    indicators: own
      .filter((i) => i.domain === domain)
      .sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'table' ? -1 : 1))
      .map((indicator) => ({ indicator, values: valuesOf(indicator.indicator_id) })),
  })).filter((d) => d.indicators.length > 0);
  return {
    region,
    parent: data.regions.find((r) => r.region_code === region.parent_code),
    documents,
    domains,
    projects: data.projects.filter((p) => docIds.has(p.doc_id)),
    notes: data.notes.filter((n) => docIds.has(n.doc_id)),
    valueCount: own.reduce((n, i) => n + valuesOf(i.indicator_id).length, 0),
  };
}
