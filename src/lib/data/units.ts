/** The fixed list of units. `kind` decides how a value is scaled and formatted. */
export const UNITS = {
  percent: { zh: '%', en: '%', kind: 'share' },
  /** A growth rate in percent (年均增长, 增幅, 比上年增长): a change, never drawn on a level's axis. */
  percent_growth: { zh: '%', en: '%', kind: 'share' },
  per_mille: { zh: '‰', en: '‰', kind: 'share' },
  yuan_per_person_month: { zh: '元/人·月', en: 'yuan per person per month', kind: 'money' },
  yuan_per_person_year: { zh: '元/人·年', en: 'yuan per person per year', kind: 'money' },
  yuan: { zh: '元', en: 'yuan', kind: 'money' },
  wan_yuan: { zh: '万元', en: '10,000 yuan', kind: 'money' },
  yi_yuan: { zh: '亿元', en: '100 million yuan', kind: 'money' },
  persons: { zh: '人', en: 'people', kind: 'count' },
  person_times: { zh: '人次', en: 'person-times', kind: 'count' },
  households: { zh: '户', en: 'households', kind: 'count' },
  couples: { zh: '对', en: 'couples', kind: 'count' },
  items: { zh: '项', en: 'items', kind: 'count' },
  facilities: { zh: '个(处)', en: 'facilities', kind: 'count' },
  organisations: { zh: '家', en: 'organisations', kind: 'count' },
  beds: { zh: '张', en: 'beds', kind: 'count' },
  beds_per_1000_elderly: { zh: '张/千名老年人', en: 'beds per 1,000 older people', kind: 'rate' },
  beds_per_10000_elderly: { zh: '张/万名老年人', en: 'beds per 10,000 older people', kind: 'rate' },
  persons_per_10000: { zh: '人/万人', en: 'per 10,000 people', kind: 'rate' },
  persons_per_10000_elderly: { zh: '人/万名老年人', en: 'per 10,000 older people', kind: 'rate' },
  organisations_per_10000: { zh: '个/万人', en: 'organisations per 10,000 people', kind: 'rate' },
  organisations_per_community: { zh: '家/社区', en: 'organisations per community', kind: 'rate' },
  square_metres: { zh: '平方米', en: 'm²', kind: 'area' },
  graves: { zh: '座(穴)', en: 'graves', kind: 'count' },
  times: { zh: '次', en: 'times', kind: 'count' },
  working_days: { zh: '个工作日', en: 'working days', kind: 'count' },
  /** An age limit written in 周岁 (completed years), e.g. who counts as a minor for a benefit. */
  years_of_age: { zh: '周岁', en: 'years of age', kind: 'count' },
  multiple: { zh: '倍', en: 'times (multiple)', kind: 'rate' },
  projects: { zh: '个项目', en: 'projects', kind: 'count' },
  villages: { zh: '个村', en: 'villages', kind: 'count' },
  communities: { zh: '个社区', en: 'communities', kind: 'count' },
} as const satisfies Record<string, { zh: string; en: string; kind: 'share' | 'money' | 'count' | 'rate' | 'area' }>;

export type UnitCode = keyof typeof UNITS;
/** Units of change rather than level: their values are growth rates (per_year or cumulative, validated). */
export const GROWTH_UNITS: ReadonlySet<UnitCode> = new Set<UnitCode>(['percent_growth']);
export const UNIT_CODES = Object.keys(UNITS) as [UnitCode, ...UnitCode[]];
