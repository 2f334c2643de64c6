import type { Dataset, Indicator, IndicatorValue } from './schema';

/**
 * One canonical series per quantity per document. A row with `duplicate_of` repeats another row
 * of its document (a text mention of a table row): it is kept as a second piece of evidence, but
 * it is not a separate indicator — not compared, counted, ranked or listed on its own.
 */
export const isCanonical = (i: Indicator): boolean => i.duplicate_of === null;

/** The canonical indicators: every quantity once. */
export const canonicalIndicators = (data: Pick<Dataset, 'indicators'>): Indicator[] => data.indicators.filter(isCanonical);

/** The rows that repeat `indicatorId`, in table order. */
export const duplicatesOf = (data: Pick<Dataset, 'indicators'>, indicatorId: string): Indicator[] => data.indicators.filter((i) => i.duplicate_of === indicatorId);

const FIGURES: readonly IndicatorValue['value_kind'][] = ['baseline', 'actual'];

/**
 * The canonical value a duplicate's value repeats: the same year and kind. A plan's baseline and a
 * review's achieved figure of one year are the same number (a plan starts from what was achieved),
 * so either stands for the other when the canonical lacks the exact kind.
 */
export function matchingValue(canonical: readonly IndicatorValue[], v: Pick<IndicatorValue, 'year' | 'value_kind'>): IndicatorValue | undefined {
  const sameYear = canonical.filter((c) => c.year === v.year);
  return sameYear.find((c) => c.value_kind === v.value_kind) ?? (FIGURES.includes(v.value_kind) ? sameYear.find((c) => FIGURES.includes(c.value_kind)) : undefined);
}

/** The values of canonical indicators: every published figure once. */
export function canonicalValues(data: Pick<Dataset, 'indicators' | 'indicator_values'>): IndicatorValue[] {
  const ids = new Set(canonicalIndicators(data).map((i) => i.indicator_id));
  return data.indicator_values.filter((v) => ids.has(v.indicator_id));
}
