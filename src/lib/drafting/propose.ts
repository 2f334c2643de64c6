// The year, year_basis, value_kind and period proposed for a value in running text, read from
// its sentence, its section (review or plan) and the document's type and period. Each inferred
// year follows the one rule the validator checks (src/lib/validation/rules/periods.ts).
import type { Period, YearBasis } from '../data/vocabulary';
import type { Section } from './textParts';

export type ValueKind = 'baseline' | 'interim_target' | 'target' | 'actual';

export interface DocumentFacts {
  doc_type: 'five_year_plan' | 'annual_work_report' | 'work_conference_report';
  period_start: number;
  period_end: number;
}

export interface TimeProposal {
  year: number;
  year_basis: YearBasis;
  value_kind: ValueKind;
  period: Period;
  period_start: number | null;
  period_end: number | null;
}

// Words that say a figure has been reached, and words that say it is aimed at.
const ACTUAL_WORDS = /(已|截至|截止|目前|现有|共有|去年|上年底|上年末|过去|以来|完成了|建成了|实现了|达到了|取得)/;
const TARGET_WORDS = /(力争|确保|计划|争取|目标|预计|将|拟|到\s*\d{4}\s*年|至\s*\d{4}\s*年)/;
const PER_YEAR_WORDS = /(每年|年均|每一年|全年|今年|当年|年度)/;
const CUMULATIVE_WORDS = /(累计|期间|五年来|时期|共计|合计|以来)/;

export interface TimeClues {
  /** The sentence text before the number (and its own clause). */
  lead: string;
  /** A year written in the sentence before the number, if any. */
  statedYear: number | null;
  /** True for the first number of "由A提高到B" / "从A…至B". */
  startOfChange: boolean;
  section: Section;
  /** A growth rate is never a point. */
  growth: boolean;
  /** A level (a share, a rate, a standard per person) is a point unless the words say otherwise. */
  level?: boolean;
  /** The value's own clause before the number: a flow verb there (新建, 培训, 发放) makes a count an amount over time. */
  clause?: string;
}

// Verbs of a flow: what is built, added, trained or paid out happens over a time, not at a point.
const FLOW_WORDS = /(新建|新增|建成|建设|改造|提升|改建|扩建|购置|培育|培训|培养|选拔|打造|完成|实施|开展|发放|救助|资助|慰问|安置|办理|登记|投入|安排|接收|举办|帮扶|结对|招募|孵化)/;

export function proposeTime(doc: DocumentFacts, clues: TimeClues): TimeProposal {
  const fiveYear = doc.doc_type === 'five_year_plan';
  const sectionKind = clues.section === 'review' ? 'actual' : clues.section === 'plan' ? 'target' : doc.doc_type === 'annual_work_report' ? 'actual' : 'target';
  let kind: ValueKind = ACTUAL_WORDS.test(clues.lead) ? 'actual' : TARGET_WORDS.test(clues.lead) && clues.section !== 'review' ? 'target' : sectionKind;
  let year: number;
  let basis: YearBasis;
  if (clues.statedYear !== null) {
    year = clues.statedYear;
    basis = 'stated';
    if (year < doc.period_start) kind = 'actual';
    else if (kind === 'actual' && fiveYear) kind = 'target';
  } else if (fiveYear) {
    [year, basis] = kind === 'actual' ? [doc.period_start - 1, 'inferred_review_year'] : [doc.period_end, 'inferred_plan_end'];
  } else {
    [year, basis] = kind === 'actual' ? [doc.period_start, 'inferred_report_year'] : [doc.period_end, 'inferred_report_year'];
  }
  if (clues.startOfChange) {
    kind = kind === 'actual' ? 'actual' : 'baseline';
    if (basis !== 'stated' && fiveYear) [year, basis] = [doc.period_start - 1, 'inferred_review_year'];
  }
  if (kind === 'target' && fiveYear && year < doc.period_end && year >= doc.period_start) kind = 'interim_target';
  // The period a review covers: the previous plan's five years for a plan, the year for a report.
  const first = fiveYear ? (kind === 'actual' || kind === 'baseline' ? year - 4 : doc.period_start) : year;
  let period: Period = 'point';
  // 每年/年均 in the value's own clause is per_year whatever the unit (the validator's rule).
  if (clues.growth || /每年|年均/.test(clues.clause ?? '')) period = 'per_year';
  else if (clues.level || /(现有|共有|拥有|总数|总量|保有)/.test(clues.clause ?? '')) period = 'point';
  else if (PER_YEAR_WORDS.test(clues.lead)) period = 'per_year';
  else if (CUMULATIVE_WORDS.test(clues.lead)) period = 'cumulative';
  else if (clues.clause !== undefined && FLOW_WORDS.test(clues.clause)) period = fiveYear ? 'cumulative' : 'per_year';
  if (period === 'point') return { year, year_basis: basis, value_kind: kind, period, period_start: null, period_end: null };
  return { year, year_basis: basis, value_kind: kind, period, period_start: Math.min(first, year), period_end: year };
}

/** Year and kind from a table column's heading: "2020年 实际值", "2025年目标值", "2015年", "年均增长(%)". */
export function proposeFromHeading(doc: DocumentFacts, heading: string, headings: readonly string[]): TimeProposal | null {
  const years = headings.map((h) => /(\d{4})\s*年/.exec(h)).filter((m) => m !== null).map((m) => Number(m[1]));
  if (!years.length) return null;
  const fiveYear = doc.doc_type === 'five_year_plan';
  const own = /(\d{4})\s*年/.exec(heading);
  if (/(年均增长|增长率|增幅)/.test(heading)) {
    const end = Math.max(...years);
    return { year: end, year_basis: 'stated', value_kind: 'target', period: 'per_year', period_start: Math.min(...years) + 1, period_end: end };
  }
  if (!own) return null;
  const year = Number(own[1]);
  const firstYearColumn = headings.find((h) => /\d{4}\s*年/.test(h)) === heading;
  let kind: ValueKind;
  if (/目标|规划|预期/.test(heading)) kind = fiveYear && year >= doc.period_start && year < doc.period_end ? 'interim_target' : 'target';
  else if (/基期|初值|基数|基准/.test(heading) || firstYearColumn) kind = 'baseline';
  else kind = 'actual';
  return { year, year_basis: 'stated', value_kind: kind, period: 'point', period_start: null, period_end: null };
}
