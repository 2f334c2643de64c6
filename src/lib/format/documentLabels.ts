import type { DocumentRow, Region } from '../data/schema';
import type { Locale } from '../i18n/locales';

/** What a document's type, a region's level and a document's years are called in each edition. */
export const DOC_TYPE_ZH: Record<DocumentRow['doc_type'], string> = {
  five_year_plan: '五年规划',
  annual_work_report: '年度工作总结与计划',
  work_conference_report: '工作会议报道',
};
export const DOC_TYPE_EN: Record<DocumentRow['doc_type'], string> = {
  five_year_plan: 'five-year plan',
  annual_work_report: 'annual work report',
  work_conference_report: 'work-conference news report',
};
export const DOC_TYPE: Record<Locale, Record<DocumentRow['doc_type'], string>> = { zh: DOC_TYPE_ZH, en: DOC_TYPE_EN };
export const LEVEL_ZH: Record<Region['level'], string> = { prefecture: '地级市', county: '县', district: '区' };
export const LEVEL: Record<Locale, Record<Region['level'], string>> = { zh: LEVEL_ZH, en: { prefecture: 'prefecture-level city', county: 'county', district: 'district' } };

export function periodLabel(d: Pick<DocumentRow, 'period_start' | 'period_end'>, locale: Locale = 'zh'): string {
  const span = d.period_start === d.period_end ? `${d.period_start}` : `${d.period_start}–${d.period_end}`;
  return locale === 'zh' ? `${span}年` : span;
}
