import type { IndicatorValue } from './schema';

/** Reading order of value kinds within a year: plan before outcome. */
export const KIND_ORDER: Record<IndicatorValue['value_kind'], number> = { baseline: 0, interim_target: 1, target: 2, actual: 3 };

/** Values of one indicator in reading order: by year, then baseline → interim target → target → achieved. */
export function sortValues(values: IndicatorValue[]): IndicatorValue[] {
  return [...values].sort((a, b) => a.year - b.year || KIND_ORDER[a.value_kind] - KIND_ORDER[b.value_kind]);
}
