import type { Dataset, DocumentRow, Indicator, IndicatorValue, Note, Project, Region } from '../data/schema';
import { isCanonical } from '../data/duplicates';
import { compareDocuments } from '../data/documentOrder';
import { seriesOf, seriesValues, valuesKnownAt, type SeriesMember } from '../data/series';
import { DOMAINS, type Domain } from '../data/vocabulary';
import { seriesReviews, type Review } from '../derive/reviews';
import { indexDataset } from '../data/datasetIndex';

export interface IndicatorWithValues {
  indicator: Indicator;
  /** The row's own values (its document's). */
  values: IndicatorValue[];
  /** What its targets start from: its own values and, in a series, those of the earlier documents. */
  known: IndicatorValue[];
  /** The results this row reports: its achieved values against targets of its own or an earlier document of its series. */
  reviews: Review[];
  /** The row of the earlier document it continues, and of the later document that continues it (null at the ends of a series). */
  continues: SeriesMember | null;
  continuedIn: SeriesMember | null;
}

export interface RegionView {
  region: Region;
  parent: Region | undefined;
  /** In time order: first year covered, then publication date, then doc_id. */
  documents: DocumentRow[];
  /** Canonical indicators grouped by domain, in the vocabulary's order; tables before text, in file order within each. */
  domains: { domain: Domain; indicators: IndicatorWithValues[] }[];
  projects: Project[];
  notes: Note[];
  valueCount: number;
}

/**
 * A row of a region page with its place in its series. Each document's rows stay its own (what the
 * document says); the series adds what its targets start from and the results it reports.
 */
export function withSeries(data: Dataset, indicator: Indicator): IndicatorWithValues {
  const series = seriesOf(data, indicator.indicator_id);
  const step = series.findIndex((m) => m.indicator.indicator_id === indicator.indicator_id);
  const all = seriesValues(data, series);
  return {
    indicator,
    values: indexDataset(data).valuesOf(indicator.indicator_id),
    known: valuesKnownAt(all, step),
    reviews: seriesReviews(all).filter((r) => r.actual.indicator_id === indicator.indicator_id),
    continues: series[step - 1] ?? null,
    continuedIn: series[step + 1] ?? null,
  };
}

export function buildRegionView(data: Dataset, regionCode: string): RegionView {
  const region = data.regions.find((r) => r.region_code === regionCode);
  if (!region) throw new Error(`no region ${regionCode}`);
  const documents = data.documents.filter((d) => d.region_code === regionCode).sort(compareDocuments);
  const docIds = new Set(documents.map((d) => d.doc_id));
  const { valuesOf } = indexDataset(data);
  // Each quantity once: a row that repeats another of its document (duplicate_of) is shown on its canonical's page.
  const own = data.indicators.filter((i) => docIds.has(i.doc_id) && isCanonical(i));
  const domains = DOMAINS.map((domain) => ({
    domain,
    indicators: own
      .filter((i) => i.domain === domain)
      .sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'table' ? -1 : 1))
      .map((indicator) => withSeries(data, indicator)),
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
