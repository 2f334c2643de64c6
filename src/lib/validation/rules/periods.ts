import type { DocumentRow, Indicator, IndicatorValue } from '../../data/schema';
import { GROWTH_UNITS } from '../../data/units';
import type { Issue, Located } from '../issues';
import { tableRowQuote } from '../../format/tableRowQuote';

/** The year written as a number of its own (2025 in "2025年", not in "20250"). */
const writes = (text: string, year: number) => new RegExp(`(?<![0-9])${year}(?![0-9])`).test(text);

/** The source line(s) holding the quote: its paragraph, or its table row. */
function paragraphOf(source: string, quote: string): string {
  const at = source.indexOf(quote);
  if (at < 0) return '';
  const start = source.lastIndexOf('\n', at) + 1;
  const end = source.indexOf('\n', at + quote.length);
  return source.slice(start, end < 0 ? source.length : end);
}

/**
 * The headings of the columns where a quoted table row writes value_text, found as pages find the
 * table's heading line (tableRowQuote). Figures stand at the right of a row and a merged category
 * or a missing unit cell shortens rows on the left, so cells pair with headings from the right —
 * as the drafter reads them (src/lib/drafting/tableCells.ts).
 */
function columnHeadingsOf(source: string, quote: string, valueText: string, period: IndicatorValue['period']): string {
  const table = tableRowQuote(source, quote);
  if (!table) return '';
  // A rate over a period (年均增长) takes the period's years from the table's heading line as a whole.
  if (period !== 'point') return table.headers.join(' | ');
  const cells = quote.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());
  const last = cells.length - 1;
  return cells
    .map((cell, i) => (cell === valueText || cell.includes(valueText) ? table.headers[table.headers.length - 1 - (last - i)] ?? '' : ''))
    .join(' | ');
}

/** The clause of the quote that holds the value: between the punctuation on either side of value_text. */
export function clauseOf(quote: string, valueText: string): string {
  const at = quote.indexOf(valueText);
  if (at < 0) return quote;
  const before = Math.max(...[...',。;,;:'].map((c) => quote.lastIndexOf(c, at)));
  const afterAll = [...',。;,;'].map((c) => quote.indexOf(c, at + valueText.length)).filter((i) => i >= 0);
  return quote.slice(before + 1, afterAll.length ? Math.min(...afterAll) : quote.length);
}

const TARGETS = new Set(['target', 'interim_target']);
const FIGURES = new Set(['baseline', 'actual']);

/**
 * Years and periods say what the source says. A `stated` year is written in the quote (or its
 * table's heading), `stated_in_paragraph` beside it; an inferred year follows its one rule and is
 * never used where the quote writes the year. A per_year or cumulative value names the years it
 * covers and ends in its year; a clause saying 每年/年均 is per_year; a growth rate is never a point.
 */
export function checkYearsAndPeriods(file: string, rows: Located<IndicatorValue>[], indicators: Map<string, Indicator>, documents: Map<string, DocumentRow>, sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const indicator = indicators.get(row.indicator_id);
    const doc = documents.get(indicator?.doc_id ?? '');
    const source = doc ? sources[doc.doc_id] : undefined;
    // A document whose own period is inverted is reported there; its rules cannot be applied.
    if (!indicator || !doc || source === undefined || doc.period_start > doc.period_end) continue;
    const at = (column: string, message: string) => issues.push({ file, line, column, message });
    const inQuote = writes(row.source_quote, row.year) || writes(columnHeadingsOf(source, row.source_quote, row.value_text, row.period), row.year);
    const fiveYear = doc.doc_type === 'five_year_plan';
    switch (row.year_basis) {
      case 'stated':
        if (!inQuote) at('year_basis', `stated, but ${row.year} is not written in source_quote (nor in the heading of its table column)`);
        break;
      case 'stated_in_paragraph':
        if (inQuote) at('year_basis', `${row.year} is written in source_quote: use stated`);
        else if (!writes(paragraphOf(source, row.source_quote), row.year)) at('year_basis', `stated_in_paragraph, but ${row.year} is not written in the quote's paragraph or table row`);
        break;
      default: {
        if (inQuote) {
          at('year_basis', `${row.year} is written in source_quote: use stated, not ${row.year_basis}`);
          break;
        }
        const rule: Record<Exclude<typeof row.year_basis, 'stated' | 'stated_in_paragraph'>, [boolean, string]> = {
          inferred_plan_end: [fiveYear && TARGETS.has(row.value_kind) && row.year === doc.period_end, `a five-year plan's target in its last year (${doc.period_end})`],
          inferred_review_year: [fiveYear && FIGURES.has(row.value_kind) && row.year === doc.period_start - 1, `a five-year plan's baseline or actual in the year before it starts (${doc.period_start - 1})`],
          inferred_previous_plan_start: [fiveYear && FIGURES.has(row.value_kind) && row.year === doc.period_start - 6, `a five-year plan's baseline or actual at the start of the previous plan's review (${doc.period_start - 6})`],
          inferred_report_year: [!fiveYear && row.year >= doc.period_start && row.year <= doc.period_end, `a yearly report's or conference's value within its period (${doc.period_start}–${doc.period_end})`],
        };
        const [holds, needs] = rule[row.year_basis];
        if (!holds) at('year_basis', `${row.year_basis} needs ${needs}`);
      }
    }
    if (indicator.concept_id !== null && row.period !== 'point') at('period', `compared across regions (concept ${indicator.concept_id}): only points are compared, not a ${row.period} value`);
    if (row.period === 'point') {
      if (row.period_start !== null || row.period_end !== null) at(row.period_start !== null ? 'period_start' : 'period_end', 'a point covers no period: leave period_start and period_end empty');
      if (GROWTH_UNITS.has(indicator.unit)) at('period', `a growth rate (unit ${indicator.unit}) is per_year or cumulative, never a point`);
      if (/每年|年均/.test(clauseOf(row.source_quote, row.value_text))) at('period', 'the quote says 每年/年均 for this value: per_year');
    } else {
      if (row.period_start === null || row.period_end === null) at(row.period_start === null ? 'period_start' : 'period_end', `is empty (needed for period ${row.period})`);
      else {
        if (row.period_start > row.period_end) at('period_end', `${row.period_end} is before period_start ${row.period_start}`);
        if (row.period_end !== row.year) at('period_end', `${row.period_end} is not the value's year ${row.year} (a period ends in its value's year)`);
      }
    }
  }
}
