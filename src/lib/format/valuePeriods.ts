import type { IndicatorValue } from '../data/schema';
import type { YearBasis } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';

/** A year the source does not write: shown with this mark, explained once where it appears. */
export const INFERRED_MARK = '*';

export type InferredBasis = Extract<YearBasis, `inferred_${string}`>;
export const isInferredYear = (basis: YearBasis): basis is InferredBasis => basis.startsWith('inferred_');

/** A value that is a level at one time, the only kind drawn as a point on a line. */
export const isPoint = (v: Pick<IndicatorValue, 'period'>): boolean => v.period === 'point';

/** The years a value covers as readers write them: "2025", or "2021–2025" for an amount over a period. */
export function periodYears(v: Pick<IndicatorValue, 'year' | 'period' | 'period_start' | 'period_end'>): string {
  if (v.period === 'point' || v.period_start === null || v.period_end === null || v.period_start === v.period_end) return String(v.year);
  return `${v.period_start}–${v.period_end}`;
}

/** periodYears with the inferred-year mark where the source does not write the year. */
export function yearLabel(v: Pick<IndicatorValue, 'year' | 'year_basis' | 'period' | 'period_start' | 'period_end'>): string {
  return `${periodYears(v)}${isInferredYear(v.year_basis) ? INFERRED_MARK : ''}`;
}

/** How a number reads with the time it covers: "每年8" / "8 a year", "全年8" / "8 over the year" (one year's amount), "累计30" / "30 in total". */
export function withPeriod(text: string, v: Pick<IndicatorValue, 'period'> & Partial<Pick<IndicatorValue, 'period_start' | 'period_end'>>, growth: boolean, locale: Locale): string {
  const oneYear = v.period_start !== undefined && v.period_start !== null && v.period_start === v.period_end;
  if (v.period === 'per_year' && oneYear) return locale === 'zh' ? `${growth ? '当年' : '全年'}${text}` : `${text} over the year`;
  if (v.period === 'per_year') return locale === 'zh' ? `${growth ? '年均' : '每年'}${text}` : `${text} a year`;
  if (v.period === 'cumulative') return locale === 'zh' ? `累计${text}` : `${text} ${growth ? 'over the period' : 'in total'}`;
  return text;
}
