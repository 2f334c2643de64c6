import type { Indicator, IndicatorValue } from '../data/schema';
import type { UnitCode } from '../data/units';
import { QUALIFIER_WORDS } from '../format/qualifiers';
import { formatValue, formatYuan } from '../format/values';
import type { Locale } from '../i18n/locales';
import { shiftDecimal } from '../site/rowSummary';

// English says money written in 万元 or 亿元 in yuan ("30 million yuan"), as the dashboard rows do.
const YUAN_SHIFT: Partial<Record<UnitCode, number>> = { wan_yuan: 4, yi_yuan: 8 };

/** A value with its unit, numbers as written: "58%", "3000 万元", "30 million yuan". */
export function valueAmount(v: Pick<IndicatorValue, 'value'>, indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  const shift = YUAN_SHIFT[indicator.unit];
  if (locale === 'en' && shift !== undefined) return formatYuan(Number(shiftDecimal(v.value, shift)), 'en');
  return formatValue({ value: v.value, qualifier: 'eq' }, indicator.unit, locale);
}

/** The value in a sentence, its qualifier in words: "不低于58%", "at least 58%", "about 3,000 people". */
export function valueInWords(v: Pick<IndicatorValue, 'value' | 'qualifier'>, indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  const words = QUALIFIER_WORDS[locale][v.qualifier];
  const amount = valueAmount(v, indicator, locale);
  if (!words) return amount;
  return locale === 'zh' ? `${words}${amount}` : `${words} ${amount}`;
}
