import type { Indicator, IndicatorValue } from '../data/schema';
import { GROWTH_UNITS, type UnitCode } from '../data/units';
import { withPeriod } from '../format/valuePeriods';
import { QUALIFIER_WORDS } from '../format/qualifiers';
import { formatValue, formatYuan } from '../format/values';
import type { Locale } from '../i18n/locales';
import { shiftDecimal } from '../views/rowSummary';

// English says money written in 万元 or 亿元 in yuan ("30 million yuan"), as the dashboard rows do.
const YUAN_SHIFT: Partial<Record<UnitCode, number>> = { wan_yuan: 4, yi_yuan: 8 };

/** A value with its unit, numbers as written: "58%", "3000 万元", "30 million yuan". */
export function valueAmount(v: Pick<IndicatorValue, 'value'>, indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  const shift = YUAN_SHIFT[indicator.unit];
  if (locale === 'en' && shift !== undefined) return formatYuan(Number(shiftDecimal(v.value, shift)), 'en');
  return formatValue({ value: v.value, qualifier: 'eq' }, indicator.unit, locale);
}

/** The value in a sentence, its qualifier in words and the time it covers: "不低于58%", "at least 58%", "每年8个", "30 in total". */
export function valueInWords(v: Pick<IndicatorValue, 'value' | 'qualifier'> & Partial<Pick<IndicatorValue, 'period' | 'period_start' | 'period_end'>>, indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  const words = QUALIFIER_WORDS[locale][v.qualifier];
  const amount = valueAmount(v, indicator, locale);
  const text = !words ? amount : locale === 'zh' ? `${words}${amount}` : `${words} ${amount}`;
  return withPeriod(text, { period: v.period ?? 'point', period_start: v.period_start ?? null, period_end: v.period_end ?? null }, GROWTH_UNITS.has(indicator.unit), locale);
}
