import type { Indicator, IndicatorValue } from '../data/schema';
import { GROWTH_UNITS, UNITS } from '../data/units';
import type { Locale } from '../i18n/locales';
import { formatExact } from './numberFormat';
import { QUALIFIER_WORDS } from '../format/qualifiers';
import { periodYears, withPeriod } from '../format/valuePeriods';
import { localName } from '../format/localName';

const KIND: Record<Locale, Record<IndicatorValue['value_kind'], string>> = {
  zh: { baseline: '基期值', interim_target: '中期目标', target: '目标值', actual: '实际值' },
  en: { baseline: 'baseline', interim_target: 'interim target', target: 'target', actual: 'achieved' },
};
const QUALIFIER: Record<Locale, Record<IndicatorValue['qualifier'], string>> = {
  zh: QUALIFIER_WORDS.zh,
  // English words take a space before the number: "at least 58%".
  en: Object.fromEntries(Object.entries(QUALIFIER_WORDS.en).map(([q, w]) => [q, w ? `${w} ` : ''])) as Record<IndicatorValue['qualifier'], string>,
};
const ATTRIBUTE = {
  zh: { binding: '约束性指标', expected: '预期性指标' },
  en: { binding: 'Binding indicator', expected: 'Expected (non-binding) indicator' },
} as const;

/** A value in words: "2025年目标值不低于58%" / "2025 target: at least 58%" — what a screen reader reads instead of the picture. */
export function valueInWords(v: IndicatorValue, indicator: Pick<Indicator, 'unit'>, locale: Locale = 'zh'): string {
  const unit = UNITS[indicator.unit];
  const n = formatExact(v.value, locale);
  // An amount over a period says its years and that it is per year or a total ("2021–2025年目标值每年8家").
  const growth = GROWTH_UNITS.has(indicator.unit);
  const years = periodYears(v);
  if (locale === 'en') return `${years} ${KIND.en[v.value_kind]}: ${withPeriod(`${QUALIFIER.en[v.qualifier]}${unit.kind === 'share' ? `${n}${unit.en}` : `${n} ${unit.en}`}`, v, growth, 'en')}`;
  return `${years}年${KIND.zh[v.value_kind]}${withPeriod(`${QUALIFIER.zh[v.qualifier]}${n}${unit.zh}`, v, growth, 'zh')}`;
}

/**
 * The chart's description: every value in words, in time order, and whether the indicator is
 * binding. For a series across documents, `documentOf` names each value's document.
 */
export function describeIndicator(indicator: Indicator, values: IndicatorValue[], locale: Locale = 'zh', documentOf: (v: IndicatorValue) => string | null = () => null): string {
  const from = (v: IndicatorValue) => {
    const doc = documentOf(v);
    return doc === null ? '' : locale === 'zh' ? `(${doc})` : ` (${doc})`;
  };
  const parts = values.map((v) => `${valueInWords(v, indicator, locale)}${from(v)}`);
  const attr = indicator.attribute ? `${ATTRIBUTE[locale][indicator.attribute]}${locale === 'zh' ? '。' : '.'}` : '';
  return locale === 'zh' ? `${indicator.name_zh}:${parts.join(';')}。${attr}` : `${localName(indicator, false)}: ${parts.join('; ')}. ${attr}`.trim();
}
