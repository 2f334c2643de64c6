// Every proposed row is put through the validator's own per-value rules (quotes, years and periods,
// qualifier wording) as if it were already in the tables, so a draft accepted as drafted validates:
// a year the quote writes becomes `stated`; a proposal that still breaks a rule is not proposed
// (skip_reason fails_check) and carries the validator's words in `check` for the curator.
import type { DocumentRow, Indicator, IndicatorValue } from '../data/schema';
import type { Issue, Located } from '../validation/issues';
import { checkYearsAndPeriods } from '../validation/rules/periods';
import { checkQualifierWording } from '../validation/rules/qualifiers';
import { checkValueQuotes } from '../validation/rules/quotes';
import { checkValueYears } from '../validation/rules/years';
import type { DraftRow } from './draftText';
import type { DocumentFacts } from './propose';

const DOC_ID = 'draft';

function issuesOf(rows: readonly DraftRow[], doc: DocumentFacts, text: string): Map<number, Issue[]> {
  const document = { doc_id: DOC_ID, doc_type: doc.doc_type, period_start: doc.period_start, period_end: doc.period_end } as DocumentRow;
  const indicators = new Map<string, Indicator>();
  const located: Located<IndicatorValue>[] = [];
  rows.forEach((r, i) => {
    if (r.skip_reason !== null || r.value === null || r.unit === null || r.year === null || r.year_basis === null || r.value_kind === null || r.period === null || r.qualifier === null) return;
    const id = `${DOC_ID}.row-${i}`;
    indicators.set(id, { indicator_id: id, doc_id: DOC_ID, unit: r.unit, concept_id: null } as Indicator);
    located.push({
      line: i,
      row: {
        indicator_id: id, year: r.year, year_basis: r.year_basis, value_kind: r.value_kind, period: r.period, period_start: r.period_start,
        period_end: r.period_end, value: r.value, qualifier: r.qualifier, value_text: r.value_text, source_quote: r.source_quote,
      },
    });
  });
  const issues: Issue[] = [];
  const documents = new Map([[DOC_ID, document]]);
  const sources = { [DOC_ID]: text };
  checkValueQuotes('draft', located, indicators, sources, issues);
  checkValueYears('draft', located, indicators, documents, issues);
  checkYearsAndPeriods('draft', located, indicators, documents, sources, issues);
  checkQualifierWording('draft', located, issues);
  const byRow = new Map<number, Issue[]>();
  for (const issue of issues) byRow.set(issue.line, [...(byRow.get(issue.line) ?? []), issue]);
  return byRow;
}

export interface CheckedDraftRow extends DraftRow {
  /** The validator's words for a proposal it would refuse; '' when it passes. */
  check: string;
}

export function checkDraft(rows: readonly DraftRow[], doc: DocumentFacts, text: string): CheckedDraftRow[] {
  // A year the quote (or its table column) writes is stated, whatever the sentence suggested.
  const first = issuesOf(rows, doc, text);
  const repaired = rows.map((r, i) => (first.get(i)?.some((x) => x.column === 'year_basis' && /use stated/.test(x.message)) ? { ...r, year_basis: 'stated' as const } : r));
  const second = issuesOf(repaired, doc, text);
  return repaired.map((r, i) => {
    const issues = second.get(i);
    if (!issues) return { ...r, check: '' };
    return { ...r, skip_reason: 'fails_check', check: issues.map((x) => `${x.column ?? ''}: ${x.message}`).join('; ') };
  });
}
