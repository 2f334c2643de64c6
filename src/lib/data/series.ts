import type { Dataset, DocumentRow, Indicator, IndicatorValue } from './schema';
import { KIND_ORDER } from './valueOrder';

/**
 * One quantity followed across a region's documents. `indicators.continues` names the row of an
 * earlier document that a row carries on (validated: same region, earlier document, same unit, one
 * chain), so a five-year plan's 2025 target, the 2025 figure a work report gives and the next plan's
 * baseline are one series. An indicator that continues nothing and is continued by nothing is a
 * series of one, and everything below gives exactly its own rows.
 */
export interface SeriesMember {
  indicator: Indicator;
  document: DocumentRow;
}

/** A value of a series, with the row and document it comes from (for labels and its quote's link). */
export interface SeriesValue {
  value: IndicatorValue;
  indicator: Indicator;
  document: DocumentRow;
  /** The place of its document in the series: 0 for the first. */
  step: number;
}

type SeriesData = Pick<Dataset, 'indicators' | 'documents' | 'indicator_values'>;

interface SeriesIndex {
  indicator: Map<string, Indicator>;
  continuedBy: Map<string, Indicator>;
  document: Map<string, DocumentRow>;
  values: Map<string, IndicatorValue[]>;
}

const cache = new WeakMap<SeriesData, SeriesIndex>();

/** Lookups built once per dataset, so a page per indicator does not rescan the tables. */
function indexOf(data: SeriesData): SeriesIndex {
  const hit = cache.get(data);
  if (hit) return hit;
  const values = new Map<string, IndicatorValue[]>();
  for (const v of data.indicator_values) values.set(v.indicator_id, [...(values.get(v.indicator_id) ?? []), v]);
  const index: SeriesIndex = {
    indicator: new Map(data.indicators.map((i) => [i.indicator_id, i])),
    continuedBy: new Map(data.indicators.filter((i) => i.continues !== null).map((i) => [i.continues!, i])),
    document: new Map(data.documents.map((d) => [d.doc_id, d])),
    values,
  };
  cache.set(data, index);
  return index;
}

/** The series an indicator belongs to, its first document first. */
export function seriesOf(data: SeriesData, indicatorId: string): SeriesMember[] {
  const ix = indexOf(data);
  const start = ix.indicator.get(indicatorId);
  if (!start) throw new Error(`no indicator ${indicatorId}`);
  // The validator rules out cycles; the `seen` set keeps a broken dataset from looping here.
  const seen = new Set([start.indicator_id]);
  const chain = [start];
  for (let i = start.continues ? ix.indicator.get(start.continues) : undefined; i && !seen.has(i.indicator_id); i = i.continues ? ix.indicator.get(i.continues) : undefined) {
    seen.add(i.indicator_id);
    chain.unshift(i);
  }
  for (let i = ix.continuedBy.get(start.indicator_id); i && !seen.has(i.indicator_id); i = ix.continuedBy.get(i.indicator_id)) {
    seen.add(i.indicator_id);
    chain.push(i);
  }
  return chain.map((indicator) => {
    const document = ix.document.get(indicator.doc_id);
    if (!document) throw new Error(`no document ${indicator.doc_id}`);
    return { indicator, document };
  });
}

/** Whether a series draws on more than one document (only then do its values need their document named). */
export const spansDocuments = (series: readonly SeriesMember[]): boolean => series.length > 1;

/** Every value of a series in reading order: by year, plan before outcome, then the earlier document first. */
export function seriesValues(data: SeriesData, series: readonly SeriesMember[]): SeriesValue[] {
  const ix = indexOf(data);
  return series
    .flatMap(({ indicator, document }, step) => (ix.values.get(indicator.indicator_id) ?? []).map((value) => ({ value, indicator, document, step })))
    .sort((a, b) => a.value.year - b.value.year || KIND_ORDER[a.value.value_kind] - KIND_ORDER[b.value.value_kind] || a.step - b.step);
}

/**
 * What was known when a member's document was written: the values of its own document and of the
 * earlier documents of its series. A target starts from these, never from figures reported later.
 */
export function valuesKnownAt(values: readonly SeriesValue[], step: number): IndicatorValue[] {
  return values.filter((v) => v.step <= step).map((v) => v.value);
}
