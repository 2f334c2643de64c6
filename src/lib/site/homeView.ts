import { canonicalIndicators } from '../data/duplicates';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { regionsWithDocuments } from './regionView';

export interface RegionSummary {
  region: Region;
  parent: Region | undefined;
  documents: DocumentRow[];
  indicators: number;
  values: number;
  projects: number;
  notes: number;
}

/** One line per region that has documents, with counts of what was extracted from them. */
export function summariseRegions(data: Dataset): RegionSummary[] {
  // Each quantity once: a row that repeats another (duplicate_of) and its figures are not counted again.
  const indicatorDoc = new Map(canonicalIndicators(data).map((i) => [i.indicator_id, i.doc_id]));
  return regionsWithDocuments(data).map((region) => {
    const documents = data.documents.filter((d) => d.region_code === region.region_code);
    const ids = new Set(documents.map((d) => d.doc_id));
    return {
      region,
      parent: data.regions.find((r) => r.region_code === region.parent_code),
      documents,
      indicators: canonicalIndicators(data).filter((i) => ids.has(i.doc_id)).length,
      values: data.indicator_values.filter((v) => ids.has(indicatorDoc.get(v.indicator_id) ?? '')).length,
      projects: data.projects.filter((p) => ids.has(p.doc_id)).length,
      notes: data.notes.filter((n) => ids.has(n.doc_id)).length,
    };
  });
}

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
