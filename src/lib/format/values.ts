import { UNITS, type UnitCode } from '../data/units';
import type { IndicatorValue } from '../data/schema';

// Never rounds: a published value is shown with every digit the source wrote.
const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 20, useGrouping: false });

const QUALIFIER_ZH: Record<IndicatorValue['qualifier'], string> = { '=': '', '>=': '≥', '<=': '≤', about: '约' };
export const QUALIFIER_TITLE: Record<IndicatorValue['qualifier'], string> = {
  '=': '',
  '>=': '不低于(at least)',
  '<=': '不高于(at most)',
  about: '约(about)',
};

export const VALUE_KIND_ZH: Record<IndicatorValue['value_kind'], string> = {
  baseline: '基期值',
  interim_target: '中期目标',
  target: '目标值',
  actual: '实际值',
};
export const VALUE_KIND_EN: Record<IndicatorValue['value_kind'], string> = {
  baseline: 'baseline',
  interim_target: 'interim target',
  target: 'target',
  actual: 'achieved',
};

/** "≥80%", "约3000 万元", "13000 元/人·年": the value with its qualifier and unit, numbers untouched. */
export function formatValue(value: Pick<IndicatorValue, 'value' | 'qualifier'>, unit: UnitCode): string {
  const u = UNITS[unit].zh;
  const n = zhNumber.format(value.value);
  const q = QUALIFIER_ZH[value.qualifier];
  return unit === 'percent' || unit === 'per_mille' ? `${q}${n}${u}` : `${q}${n} ${u}`;
}

/** Money in yuan as a reader says it: 5053万元, 2.77亿元. Exact: it never rounds away a digit. */
export function formatYuan(cny: number): string {
  if (cny >= 1e8 && Number.isInteger(cny / 1e4)) return `${zhNumber.format(cny / 1e8)}亿元`;
  if (cny >= 1e4) return `${zhNumber.format(cny / 1e4)}万元`;
  return `${zhNumber.format(cny)}元`;
}
