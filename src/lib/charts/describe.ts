import type { Indicator, IndicatorValue } from '../data/schema';
import { UNITS } from '../data/units';
import { formatExact } from './numberFormat';

const KIND_ZH: Record<IndicatorValue['value_kind'], string> = { baseline: '基期值', interim_target: '中期目标', target: '目标值', actual: '实际值' };
const QUALIFIER_ZH: Record<IndicatorValue['qualifier'], string> = { '=': '', '>=': '不低于', '<=': '不高于', about: '约' };
const ATTRIBUTE_ZH = { binding: '约束性指标', expected: '预期性指标' } as const;

/** A value in words: "2025年目标值不低于58%" — what a screen reader reads instead of the picture. */
export function valueInWords(v: IndicatorValue, indicator: Pick<Indicator, 'unit'>): string {
  const unit = UNITS[indicator.unit];
  const n = formatExact(v.value, 'zh');
  return `${v.year}年${KIND_ZH[v.value_kind]}${QUALIFIER_ZH[v.qualifier]}${unit.kind === 'share' ? `${n}${unit.zh}` : `${n}${unit.zh}`}`;
}

/** The chart's description: every value in words, in time order, and whether the indicator is binding. */
export function describeIndicator(indicator: Indicator, values: IndicatorValue[]): string {
  const parts = values.map((v) => valueInWords(v, indicator));
  const attr = indicator.attribute ? `${ATTRIBUTE_ZH[indicator.attribute]}。` : '';
  return `${indicator.name_zh}:${parts.join(';')}。${attr}`;
}
