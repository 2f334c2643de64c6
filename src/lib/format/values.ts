import { UNITS, type UnitCode } from '../data/units';
import type { IndicatorValue } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { QUALIFIER_SIGN } from './qualifiers';

// Never rounds: a published value is shown with every digit the source wrote.
const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 20, useGrouping: false });
const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });
const NUMBER: Record<Locale, Intl.NumberFormat> = { zh: zhNumber, en: enNumber };

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
export const VALUE_KIND: Record<Locale, Record<IndicatorValue['value_kind'], string>> = { zh: VALUE_KIND_ZH, en: VALUE_KIND_EN };

/** "≥80%", "约3000 万元", "13,000 yuan per person per year": the value with its qualifier and unit, numbers untouched. */
export function formatValue(value: Pick<IndicatorValue, 'value' | 'qualifier'>, unit: UnitCode, locale: Locale = 'zh'): string {
  const u = UNITS[unit][locale];
  const n = NUMBER[locale].format(value.value);
  const q = QUALIFIER_SIGN[locale][value.qualifier];
  return unit === 'percent' || unit === 'percent_growth' || unit === 'per_mille' ? `${q}${n}${u}` : `${q}${n} ${u}`;
}

/**
 * Money in yuan as a reader says it: 5053万元 and 2.77亿元 in Chinese, 50.53
 * million and 277 million yuan in English. Exact: it never rounds away a digit.
 */
export function formatYuan(cny: number, locale: Locale = 'zh'): string {
  if (locale === 'en') {
    if (cny >= 1e9) return `${enNumber.format(cny / 1e9)} billion yuan`;
    if (cny >= 1e6) return `${enNumber.format(cny / 1e6)} million yuan`;
    return `${enNumber.format(cny)} yuan`;
  }
  if (cny >= 1e8 && Number.isInteger(cny / 1e4)) return `${zhNumber.format(cny / 1e8)}亿元`;
  if (cny >= 1e4) return `${zhNumber.format(cny / 1e4)}万元`;
  return `${zhNumber.format(cny)}元`;
}
