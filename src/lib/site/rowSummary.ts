import { markLabel } from '../charts/progressChart';
import type { Indicator, IndicatorValue } from '../data/schema';
import { UNITS } from '../data/units';
import type { Locale } from '../i18n/locales';

/** The few words beside a dashboard row's glyph: where it starts, where it is meant to go, what was achieved. */
export function rowSummary(indicator: Indicator, values: IndicatorValue[], locale: Locale = 'zh'): string {
  const unit = UNITS[indicator.unit];
  const suffix = unit.kind === 'share' ? '' : ` ${unit[locale]}`;
  const n = (v: IndicatorValue) => markLabel(v, indicator, locale);
  const word = locale === 'zh' ? { target: '目标', actual: '实际' } : { target: 'target', actual: 'achieved' };
  const baseline = values.filter((v) => v.value_kind === 'baseline').sort((a, b) => a.year - b.year)[0];
  const target = values.filter((v) => v.value_kind === 'target' || v.value_kind === 'interim_target').sort((a, b) => b.year - a.year)[0];
  const actual = values.filter((v) => v.value_kind === 'actual').sort((a, b) => b.year - a.year)[0];
  const parts: string[] = [];
  if (baseline && target) parts.push(`${n(baseline)} → ${n(target)}${suffix}(${target.year})`);
  else if (target) parts.push(`${word.target} ${n(target)}${suffix}(${target.year})`);
  else if (baseline) parts.push(`${n(baseline)}${suffix}(${baseline.year})`);
  if (actual) parts.push(`${word.actual} ${n(actual)}${suffix}(${actual.year})`);
  return parts.join(' · ');
}
