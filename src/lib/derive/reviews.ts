import { classifyAgainstTarget, type StatusResult } from './status';
import type { DocumentRow, IndicatorValue } from '../data/schema';
import type { SeriesValue } from '../data/series';
import { isPoint } from '../format/valuePeriods';

export interface Review {
  year: number;
  target: IndicatorValue;
  actual: IndicatorValue;
  baseline: IndicatorValue | undefined;
  result: StatusResult;
  /** Set when the target and the achieved value come from two documents of a series: which ones. */
  across?: { target: DocumentRow; actual: DocumentRow };
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

const isTarget = (v: IndicatorValue) => v.value_kind === 'target' || v.value_kind === 'interim_target';

/**
 * Every result of a series. Within a document, exactly as for one indicator (reviewsOf). Across
 * documents, a target or interim target of one document is judged against the achieved value a
 * later document gives for the same year, from the target's document's latest baseline before
 * that year: the same classifyAgainstTarget, so a result reads the same whichever document holds it.
 */
export function seriesReviews(values: readonly SeriesValue[]): Review[] {
  const steps = [...new Set(values.map((v) => v.step))].sort((a, b) => a - b);
  const within = steps.flatMap((step) => reviewsOf(values.filter((v) => v.step === step).map((v) => v.value)));
  const points = values.filter((v) => isPoint(v.value));
  const across: Review[] = [];
  for (const actual of points.filter((v) => v.value.value_kind === 'actual')) {
    for (const target of points.filter((v) => isTarget(v.value) && v.value.year === actual.value.year && v.step < actual.step)) {
      const baseline = points
        .filter((v) => v.step === target.step && v.value.value_kind === 'baseline' && v.value.year < actual.value.year)
        .sort((a, b) => b.value.year - a.value.year)[0]?.value;
      across.push({
        year: actual.value.year,
        target: target.value,
        actual: actual.value,
        baseline,
        result: classifyAgainstTarget(target.value, actual.value, baseline),
        across: { target: target.document, actual: actual.document },
      });
    }
  }
  // Sorting is stable: a series of one keeps reviewsOf's order.
  return across.length === 0 ? within : [...within, ...across].sort((a, b) => a.year - b.year);
}
