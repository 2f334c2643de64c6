import type { Qualifier } from './qualifierCodes';
import { wordsFor } from './qualifierWording';
/** Closed vocabularies of the data contract (docs: ../shared/BRIEF.md §4). */
export const DOMAINS = [
  'social_assistance', 'elderly_care', 'child_welfare', 'disability', 'social_organisations',
  'social_work_volunteering', 'charity_lottery', 'community_governance', 'funeral', 'marriage',
  'place_names', 'reservoir_migrants', 'digital_services', 'other',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const DOMAIN_NAMES: Record<Domain, { zh: string; en: string }> = {
  social_assistance: { zh: '社会救助', en: 'Social assistance' },
  elderly_care: { zh: '养老服务', en: 'Elderly care' },
  child_welfare: { zh: '儿童福利', en: 'Child welfare' },
  disability: { zh: '残疾人福利', en: 'Disability' },
  social_organisations: { zh: '社会组织', en: 'Social organisations' },
  social_work_volunteering: { zh: '社会工作与志愿服务', en: 'Social work and volunteering' },
  charity_lottery: { zh: '慈善与福利彩票', en: 'Charity and welfare lottery' },
  community_governance: { zh: '城乡社区治理', en: 'Community governance' },
  funeral: { zh: '殡葬', en: 'Funeral services' },
  marriage: { zh: '婚姻登记', en: 'Marriage registration' },
  place_names: { zh: '区划地名', en: 'Administrative divisions and place names' },
  reservoir_migrants: { zh: '水库移民', en: 'Reservoir resettlement' },
  digital_services: { zh: '数字民政', en: 'Digital services' },
  other: { zh: '其他', en: 'Other' },
};

export const LEVELS = ['prefecture', 'county', 'district'] as const;
export const DOC_TYPES = ['five_year_plan', 'annual_work_report', 'work_conference_report'] as const;
export const COMPLETENESS = ['full', 'excerpt'] as const;
export const SCRIPTS = ['simplified', 'traditional'] as const;
export const ORIGINS = ['table', 'text'] as const;
export const ATTRIBUTES = ['binding', 'expected'] as const;
export const VALUE_KINDS = ['baseline', 'interim_target', 'target', 'actual'] as const;
/**
 * Where a value's year comes from. Only `stated` and `stated_in_paragraph` are written in the
 * source; the others are inferred from the document, by one rule each (validated).
 */
export const YEAR_BASES = ['stated', 'stated_in_paragraph', 'inferred_plan_end', 'inferred_review_year', 'inferred_previous_plan_start', 'inferred_report_year'] as const;
export type YearBasis = (typeof YEAR_BASES)[number];
export const YEAR_BASIS_MEANINGS: Record<YearBasis, string> = {
  stated: 'the year is written in the quote (or in the heading of the quoted table column)',
  stated_in_paragraph: 'the year is written in the same paragraph or table row as the quote, outside the quote',
  inferred_plan_end: 'not written: a five-year plan target without a year, taken as the plan’s last year',
  inferred_review_year: 'not written: a five-year plan’s review figure, taken as the year before the plan starts',
  inferred_previous_plan_start: 'not written: the starting figure of the previous plan’s review, taken as the year before that plan started',
  inferred_report_year: 'not written: a yearly report or conference figure, taken as the year the document covers',
};
/**
 * The time a value covers. A `point` is a level at one time (a stock, a rate, a share, a
 * standard); `per_year` is an amount or rate for each year from period_start to period_end (or
 * for the one year when they are equal); `cumulative` is a total over period_start–period_end.
 * Only points are drawn on a chart's line; the others are written out with their period.
 */
export const PERIODS = ['point', 'per_year', 'cumulative'] as const;
export type Period = (typeof PERIODS)[number];
// The qualifier codes have their own module: the wording rules that set them need them, and the meanings below need those rules.
export { QUALIFIERS, type Qualifier } from './qualifierCodes';
/**
 * What each qualifier means, for the data dictionary (datapackage.json and /data/dictionary/),
 * with the words that set it (src/lib/data/qualifierWording.ts, checked against every quote).
 */
const words = (q: Qualifier) => wordsFor(q).join(', ');
export const QUALIFIER_MEANINGS: Record<Qualifier, string> = {
  eq: 'exactly the number as written: none of the words below stands beside it (a target word such as 力争达 is not a bound)',
  ge: `at least or more than: ${words('ge')} (多 and 余 right after the numerals: 1100多万元, 10余个), and the lower end of a range (30%—40%)`,
  le: `at most: ${words('le')} (控制在…以内), and the upper end of a range`,
  about: `approximately: ${words('about')} (近千)`,
};
export const PROJECT_CATEGORIES = [
  'elderly_care', 'child_welfare', 'social_assistance', 'funeral', 'community', 'disability',
  'social_work', 'social_organisations', 'other',
] as const;
export const NATURES = ['new', 'expansion', 'renovation', 'relocation', 'programme'] as const;
export const PRECISIONS = ['address', 'township', 'county', 'city'] as const;
