// The review page's words, Chinese first and English after (curators read Chinese; the code and the
// CSV speak English). Shared by the page and its browser script so the two cannot drift.
import type { DraftColumn } from './draftCsv';
import type { QuoteWarning } from './quoteContext';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A label for every draft column: a new column is a type error here until it has one. */
export const COLUMN_LABELS: Record<DraftColumn, Bilingual> = {
  accept: { zh: '审阅', en: 'decision' },
  skip_reason: { zh: '建议跳过的原因', en: 'skip reason' },
  check: { zh: '校验意见', en: 'validator says' },
  line: { zh: '行', en: 'line' },
  value_text: { zh: '数值原文', en: 'value as written' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  year: { zh: '年份', en: 'year' },
  year_basis: { zh: '年份依据', en: 'year basis' },
  value_kind: { zh: '数值类型', en: 'kind' },
  period: { zh: '时段', en: 'period' },
  period_start: { zh: '起始年', en: 'period start' },
  period_end: { zh: '截止年', en: 'period end' },
  qualifier: { zh: '限定', en: 'qualifier' },
  name_zh: { zh: '中文名称', en: 'Chinese name' },
  name_en: { zh: '英文名称', en: 'English name' },
  domain: { zh: '领域', en: 'domain' },
  source_quote: { zh: '引文', en: 'source quote' },
};

export const WARNING_LABELS: Record<QuoteWarning, Bilingual> = {
  quote_empty: { zh: '引文为空', en: 'source_quote is empty' },
  quote_not_in_text: { zh: '引文不是清理后文本的原文', en: 'source_quote is not an exact part of the cleaned text' },
  value_not_in_quote: { zh: '数值原文不在引文中', en: 'value_text is not inside source_quote' },
};

/** What the page can show: every row, the drafter's proposals or skips, rows not yet decided, rows with a warning. */
export const FILTERS = ['all', 'proposed', 'skipped', 'unreviewed', 'warnings'] as const;
export type Filter = (typeof FILTERS)[number];
export const FILTER_LABELS: Record<Filter, Bilingual> = {
  all: { zh: '全部', en: 'all' },
  proposed: { zh: '建议数值', en: 'proposed' },
  skipped: { zh: '建议跳过', en: 'skipped' },
  unreviewed: { zh: '未审', en: 'not reviewed' },
  warnings: { zh: '有警告', en: 'warnings' },
};

export const COUNTS = ['rows', 'proposed', 'skipped', 'reviewed', 'accepted', 'dropped', 'warnings'] as const;
export type Count = (typeof COUNTS)[number];
export const COUNT_LABELS: Record<Count, Bilingual> = {
  rows: { zh: '行', en: 'rows' },
  proposed: { zh: '建议数值', en: 'proposed values' },
  skipped: { zh: '建议跳过', en: 'skipped by the drafter' },
  reviewed: { zh: '已审', en: 'reviewed' },
  accepted: { zh: '采用', en: 'accepted' },
  dropped: { zh: '跳过', en: 'skipped' },
  warnings: { zh: '有警告', en: 'with warnings' },
};

/** A row's accept mark as the card states it (not by colour alone). */
export const DECISION_LABELS: Record<'y' | 'n' | '', Bilingual> = {
  y: { zh: '已采用', en: 'accepted' },
  n: { zh: '已跳过', en: 'skipped' },
  '': { zh: '未审', en: 'not reviewed' },
};

export const ACTION_LABELS = {
  accept: { zh: '采用', en: 'Accept' },
  skip: { zh: '跳过', en: 'Skip' },
  save: { zh: '保存', en: 'Save' },
} as const satisfies Record<string, Bilingual>;

/** A table row's quote comes with its table's headings and the heading above the number. */
export const TABLE_LABELS = {
  column: { zh: '所在列', en: 'column' },
  headings: { zh: '表头', en: 'headings' },
} as const satisfies Record<string, Bilingual>;

/** The fold that holds a drafter-skipped row's fields until the curator opens it (or accepts the row). */
export const EDIT_LABEL: Bilingual = { zh: '编辑字段', en: 'edit fields' };

/** Status lines after Save; {rows}, {accepted}, {skipped} and {message} are filled in. */
export const STATUS_LABELS = {
  saving: { zh: '正在保存…', en: 'saving…' },
  saved: { zh: '已保存 {rows} 行（采用 {accepted}，跳过 {skipped}）', en: 'saved {rows} rows ({accepted} accepted, {skipped} skipped)' },
  failed: { zh: '未保存', en: 'not saved' },
  unsaved: { zh: '有未保存的修改', en: 'unsaved changes' },
} as const satisfies Record<string, Bilingual>;

/** Both languages on one line, as the page writes them. */
export const both = (label: Bilingual): string => `${label.zh} ${label.en}`;
