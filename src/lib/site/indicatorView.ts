import { classifyAgainstTarget, impliedAnnualChange, type ImpliedChange, type StatusResult } from '../charts/status';
import type { Dataset, DocumentRow, Indicator, IndicatorValue, Note, Region } from '../data/schema';
import { duplicatesOf, matchingValue } from '../data/duplicates';
import { indexDataset } from './datasetIndex';
import { isPoint } from '../format/valuePeriods';

export interface Review {
  year: number;
  target: IndicatorValue;
  actual: IndicatorValue;
  baseline: IndicatorValue | undefined;
  result: StatusResult;
}

export interface IndicatorView {
  indicator: Indicator;
  document: DocumentRow;
  region: Region;
  values: IndicatorValue[];
  notes: Note[];
  /** Every year where the document gives both a target and what was achieved. */
  reviews: Review[];
  /** The yearly change the final target implies from the baseline, if both exist. */
  implied: ImpliedChange | null;
  /** Indicators of other documents that measure the same harmonised concept. */
  related: { indicator: Indicator; region: Region; values: IndicatorValue[] }[];
  /** For a row that repeats another of its document (duplicate_of): the canonical series it repeats. */
  canonical: Indicator | null;
  /** For a canonical series: the same figures stated elsewhere in the document (its duplicates' values, with their quotes). */
  alsoStated: { indicator: Indicator; value: IndicatorValue; repeats: IndicatorValue | undefined }[];
}

/** Pairs each achieved value with the target of the same year; the baseline is the latest one before it. */
export function reviewsOf(all: IndicatorValue[]): Review[] {
  // Results are judged between levels: a per-year amount or a total over years is not set against a target here.
  const values = all.filter(isPoint);
  const out: Review[] = [];
  for (const actual of values.filter((v) => v.value_kind === 'actual')) {
    const target = values.find((v) => v.value_kind === 'target' && v.year === actual.year);
    if (!target) continue;
    const baseline = values.filter((v) => v.value_kind === 'baseline' && v.year < actual.year).sort((a, b) => b.year - a.year)[0];
    out.push({ year: actual.year, target, actual, baseline, result: classifyAgainstTarget(target, actual, baseline) });
  }
  return out;
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
  const indicator = data.indicators.find((i) => i.indicator_id === indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  const document = ix.document(indicator.doc_id);
  const values = ix.valuesOf(indicatorId);
  const related = indicator.concept_id
    ? ix
        .indicatorsOfConcept(indicator.concept_id)
        .filter((i) => i.doc_id !== indicator.doc_id)
        .map((i) => ({ indicator: i, region: ix.region(ix.document(i.doc_id).region_code), values: ix.valuesOf(i.indicator_id) }))
    : [];
  return {
    indicator,
    document,
    region: ix.region(document.region_code),
    values,
    notes: ix.notesAbout(indicatorId),
    reviews: reviewsOf(values),
    implied: impliedChangeOf(indicator, values),
    related,
    canonical: indicator.duplicate_of === null ? null : (data.indicators.find((i) => i.indicator_id === indicator.duplicate_of) ?? null),
    alsoStated: duplicatesOf(data, indicatorId).flatMap((d) => ix.valuesOf(d.indicator_id).map((value) => ({ indicator: d, value, repeats: matchingValue(values, value) }))),
  };
}

/** The indicator page's path. IDs are lowercase letters, digits, hyphens and one dot: safe in a URL as they are. */
export const indicatorHref = (id: string) => `/indicators/${id}/`;
