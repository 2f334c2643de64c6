import { impliedAnnualChange, type ImpliedChange } from '../derive/status';
import type { Dataset, DocumentRow, Indicator, IndicatorValue, Note, Region } from '../data/schema';
import { matchingValue } from '../data/duplicates';
import { seriesOf, seriesValues, spansDocuments, valuesKnownAt, type SeriesMember, type SeriesValue } from '../data/series';
import { seriesReviews, type Review } from '../derive/reviews';
import { flagsOfTarget, type TargetFlag } from '../derive/targetFlags';
import { indexDataset } from '../data/datasetIndex';
import { isPoint } from '../format/valuePeriods';

export interface IndicatorView {
  indicator: Indicator;
  document: DocumentRow;
  region: Region;
  /** The indicator's own values (its document's). */
  values: IndicatorValue[];
  notes: Note[];
  /** The series the indicator belongs to, first document first: itself alone unless `continues` links it to other documents. */
  series: SeriesMember[];
  /** Every value of the series, each with its row and document; the indicator's own values when it is in no series. */
  seriesValues: SeriesValue[];
  /** Whether the series draws on several documents (the page then names each value's document). */
  spansDocuments: boolean;
  /** Every year where the series gives both a target and what was achieved, within one document or across two. */
  reviews: Review[];
  /** The series' targets that carry a flag, each judged from what was known when its document was written. */
  flaggedTargets: { value: SeriesValue; flags: TargetFlag[] }[];
  /** The yearly change the final target implies from the baseline, if both exist. */
  implied: ImpliedChange | null;
  /** Indicators of other documents that measure the same harmonised concept: the nearest RELATED_SHOWN, nearest first. */
  related: { indicator: Indicator; region: Region; values: IndicatorValue[] }[];
  /** How many there are in all (the concept's comparison page shows every one). */
  relatedCount: number;
  /** For a row that repeats another of its document (duplicate_of): the canonical series it repeats. */
  canonical: Indicator | null;
  /** For a canonical series: the same figures stated elsewhere in the document (its duplicates' values, with their quotes). */
  alsoStated: { indicator: Indicator; value: IndicatorValue; repeats: IndicatorValue | undefined }[];
}

/**
 * How many indicators of other documents a page lists under "the same measure in other regions".
 * A concept can be measured by every county of a province: the page names the nearest and links
 * to the comparison, which has them all (a full list would grow each page with the whole dataset).
 */
export const RELATED_SHOWN = 6;

/** 0 the same region (another of its documents), 1 the same prefecture, 2 the same province, 3 elsewhere. */
export function nearness(from: Region, to: Region): number {
  if (to.region_code === from.region_code) return 0;
  const family = (r: Region) => (r.level === 'prefecture' ? r.region_code : r.parent_code);
  if (family(to) === family(from)) return 1;
  return to.province_zh === from.province_zh ? 2 : 3;
}

/** Baseline → the last target after it; null without both. */
export function impliedChangeOf(indicator: Indicator, all: IndicatorValue[]): ImpliedChange | null {
  // A yearly change is implied only between two levels.
  const values = all.filter(isPoint);
  const baseline = values.filter((v) => v.value_kind === 'baseline').sort((a, b) => b.year - a.year)[0];
  if (!baseline) return null;
  const target = values.filter((v) => v.value_kind === 'target' && v.year > baseline.year).sort((a, b) => b.year - a.year)[0];
  return target ? impliedAnnualChange(baseline, target, indicator.unit) : null;
}

export function buildIndicatorView(data: Dataset, indicatorId: string): IndicatorView {
  const ix = indexDataset(data);
  const indicator = ix.indicator(indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  const document = ix.document(indicator.doc_id);
  const values = ix.valuesOf(indicatorId);
  const series = seriesOf(data, indicatorId);
  const all = seriesValues(data, series);
  const region = ix.region(document.region_code);
  const others = indicator.concept_id
    ? ix
        .indicatorsOfConcept(indicator.concept_id)
        .filter((i) => i.doc_id !== indicator.doc_id)
        .map((i) => ({ indicator: i, document: ix.document(i.doc_id) }))
        .map((o) => ({ ...o, region: ix.region(o.document.region_code) }))
    : [];
  const related = others
    .map((o) => ({ ...o, nearness: nearness(region, o.region) }))
    .sort((a, b) => a.nearness - b.nearness || b.document.period_end - a.document.period_end || a.region.region_code.localeCompare(b.region.region_code) || a.indicator.indicator_id.localeCompare(b.indicator.indicator_id))
    .slice(0, RELATED_SHOWN)
    .map((o) => ({ indicator: o.indicator, region: o.region, values: ix.valuesOf(o.indicator.indicator_id) }));
  return {
    indicator,
    document,
    region,
    values,
    notes: ix.notesAbout(indicatorId),
    series,
    seriesValues: all,
    spansDocuments: spansDocuments(series),
    reviews: seriesReviews(all),
    flaggedTargets: all.map((value) => ({ value, flags: flagsOfTarget(valuesKnownAt(all, value.step), value.value) })).filter((f) => f.flags.length > 0),
    // The change a plan implies is its own: from its baseline to its last target.
    implied: impliedChangeOf(indicator, values),
    related,
    relatedCount: others.length,
    canonical: indicator.duplicate_of === null ? null : (ix.indicator(indicator.duplicate_of) ?? null),
    alsoStated: ix.duplicatesOf(indicatorId).flatMap((d) => ix.valuesOf(d.indicator_id).map((value) => ({ indicator: d, value, repeats: matchingValue(values, value) }))),
  };
}

/** The indicator page's path. IDs are lowercase letters, digits, hyphens and one dot: safe in a URL as they are. */
export const indicatorHref = (id: string) => `/indicators/${id}/`;
