import type { Indicator, IndicatorValue } from '../../../src/lib/data/schema';

export const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  indicator_id: 'demo-plan.nursing-bed-share',
  doc_id: 'demo-plan',
  origin: 'table',
  table_ref: '表2',
  group_zh: null,
  name_zh: '养老机构护理型床位占比',
  name_en: 'Share of nursing-care beds',
  unit: 'percent',
  attribute: 'binding',
  domain: 'elderly_care',
  concept_id: null,
  per_capita_count_id: null,
  duplicate_of: null,
  continues: null,
  ...over,
});

export const value = (year: number, value_kind: IndicatorValue['value_kind'], v: number, qualifier: IndicatorValue['qualifier'] = 'eq'): IndicatorValue => ({
  indicator_id: 'demo-plan.nursing-bed-share',
  year,
  year_basis: 'stated',
  value_kind,
  period: 'point',
  period_start: null,
  period_end: null,
  value: v,
  qualifier,
  value_text: String(v),
  source_quote: `引语${v}`,
});

/** The four shapes of data the site meets: a plan with interim target, a 13th-FYP review, a lone text target, a lone statistic. */
export const CASES = {
  progress: { indicator: indicator(), values: [value(2020, 'baseline', 53), value(2022, 'interim_target', 55), value(2025, 'target', 58, 'ge')] },
  review: {
    indicator: indicator({ name_zh: '平均低保标准(城市)', unit: 'yuan_per_person_month', attribute: null }),
    values: [value(2015, 'baseline', 360), value(2020, 'target', 560), value(2020, 'actual', 660)],
  },
  commitment: { indicator: indicator({ name_zh: '持证社工人数', unit: 'persons', attribute: null, origin: 'text' }), values: [value(2025, 'target', 3000)] },
  statistic: { indicator: indicator({ name_zh: '低保资金支出', unit: 'wan_yuan', attribute: null, origin: 'text' }), values: [value(2018, 'actual', 1133.9)] },
};
