import { markLabel } from '../charts/progressChart';
import type { Indicator, IndicatorValue } from '../data/schema';
import { GROWTH_UNITS, UNITS, type UnitCode } from '../data/units';
import { periodYears, withPeriod } from '../format/valuePeriods';
import { QUALIFIER_SIGN } from '../format/qualifiers';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';

/** The few words beside a dashboard row's glyph: where it starts, where it is meant to go, what was achieved. */
export function rowSummary(indicator: Indicator, values: IndicatorValue[], locale: Locale = 'zh'): string {
  const baseline = values.filter((v) => v.value_kind === 'baseline').sort((a, b) => a.year - b.year)[0];
  const target = values.filter((v) => v.value_kind === 'target' || v.value_kind === 'interim_target').sort((a, b) => b.year - a.year)[0];
  const actual = values.filter((v) => v.value_kind === 'actual').sort((a, b) => b.year - a.year)[0];
  const numbers = locale === 'en' ? englishNumbers(indicator, [baseline, target, actual]) : chineseNumbers(indicator);
  const { n } = numbers;
  // An amount over a period says so after its unit in English ("8 facilities a year"); Chinese marks it before the number (每年8).
  const shown = target ?? baseline ?? actual;
  const unit = locale === 'en' && shown ? withPeriod(numbers.unit, shown, GROWTH_UNITS.has(indicator.unit), 'en') : numbers.unit;
  const parts: string[] = [];
  if (baseline && target) parts.push(t(locale, 'region.summary.range', { from: n(baseline), to: n(target), unit, year: periodYears(target) }));
  else if (target) parts.push(t(locale, 'region.summary.target', { value: n(target), unit, year: periodYears(target) }));
  else if (baseline) parts.push(t(locale, 'region.summary.value', { value: n(baseline), unit, year: periodYears(baseline) }));
  if (actual) parts.push(t(locale, 'region.summary.actual', { value: n(actual), unit, year: periodYears(actual) }));
  return parts.join(' · ');
}

interface RowNumbers {
  /** A value as the row writes it: qualifier, number, and % or ‰ for shares. */
  n: (v: IndicatorValue) => string;
  /** The unit after the last number: a space and the unit, or nothing in Chinese shares (each number carries its %), or the bare % in English. */
  unit: string;
}

// Chinese: "53 → 58%(2025)", "目标 3000 万元(2025)": numbers exactly as written.
function chineseNumbers(indicator: Pick<Indicator, 'unit'>): RowNumbers {
  const unit = UNITS[indicator.unit];
  return { n: (v) => markLabel(v, indicator, 'zh'), unit: unit.kind === 'share' ? '' : ` ${unit.zh}` };
}

// English: "53 → 58% (2025)", "target 30 million yuan (2025)", "achieved 1,097 person-times (2018)".
// Money written in 万元 or 亿元 is said in yuan (3000 万元 = 30 million yuan); a row whose largest
// number reaches a million says all its numbers in millions (or billions). Nothing is rounded.
function englishNumbers(indicator: Pick<Indicator, 'unit'>, shown: (IndicatorValue | undefined)[]): RowNumbers {
  const unit = UNITS[indicator.unit];
  // Shares: "53 → 58%", the sign once after the last number, as for other units.
  if (unit.kind === 'share') return { n: (v) => `${ENGLISH_QUALIFIER[v.qualifier]}${groupThousands(shiftDecimal(v.value, 0))}`, unit: unit.en };
  const shift = YUAN_SHIFT[indicator.unit] ?? 0;
  const largest = Math.max(0, ...shown.map((v) => (v ? Math.abs(v.value) * 10 ** shift : 0)));
  const [scale, scaleWord] = largest >= 1e9 ? [9, 'billion '] : largest >= 1e6 ? [6, 'million '] : [0, ''];
  return {
    n: (v) => `${ENGLISH_QUALIFIER[v.qualifier]}${groupThousands(shiftDecimal(v.value, shift - scale))}`,
    unit: ` ${scaleWord}${shift ? 'yuan' : unit.en}`,
  };
}

const YUAN_SHIFT: Partial<Record<UnitCode, number>> = { wan_yuan: 4, yi_yuan: 8 };
const ENGLISH_QUALIFIER = QUALIFIER_SIGN.en;

/** The decimal digits of n with the point moved by `places` (positive: to the right), exactly, as a plain decimal string. */
export function shiftDecimal(n: number, places: number): string {
  const plain = Math.abs(n).toLocaleString('en', { useGrouping: false, maximumFractionDigits: 20 });
  const [int = '0', frac = ''] = plain.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** 1234567.5 → 1,234,567.5 */
const groupThousands = (s: string) => s.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
