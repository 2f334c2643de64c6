import type { IndicatorValue, Indicator, Note, Project } from '../../data/schema';
import { textStatesValue } from '../../data/writtenNumbers';
import type { Issue, Located } from '../issues';

const MONEY_SCALES = [1, 1e4, 1e8];

function quoteNotFound(quote: string, docId: string): string {
  return `quote not found verbatim in data/sources/${docId}.txt: "${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}"`;
}

/** Each value's quote is in its document, holds value_text, and value_text states the value. */
export function checkValueQuotes(file: string, rows: Located<IndicatorValue>[], indicators: Map<string, Indicator>, sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const ind = indicators.get(row.indicator_id);
    const text = ind ? sources[ind.doc_id] : undefined;
    if (!ind || text === undefined) continue; // reported as a dangling reference
    if (!text.includes(row.source_quote)) issues.push({ file, line, column: 'source_quote', message: quoteNotFound(row.source_quote, ind.doc_id) });
    if (!row.source_quote.includes(row.value_text)) issues.push({ file, line, column: 'value_text', message: `"${row.value_text}" is not in source_quote` });
    else if (!textStatesValue(row.value_text, row.value)) issues.push({ file, line, column: 'value', message: `${row.value} is not a number written in value_text "${row.value_text}"` });
  }
}

/** A project's quote is in its document and holds every figure published for it. */
export function checkProjectQuotes(file: string, rows: Located<Project>[], sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const text = sources[row.doc_id];
    if (text === undefined) continue;
    const q = row.source_quote;
    if (!text.includes(q)) issues.push({ file, line, column: 'source_quote', message: quoteNotFound(q, row.doc_id) });
    const money: [keyof Project, keyof Project][] = [
      ['investment_total_cny', 'investment_total_text'],
      ['investment_in_period_cny', 'investment_in_period_text'],
      ['annual_budget_cny', 'annual_budget_text'],
    ];
    for (const [numCol, textCol] of money) {
      const n = row[numCol] as number | null;
      const t = row[textCol] as string | null;
      if ((n === null) !== (t === null)) {
        issues.push({ file, line, column: n === null ? numCol : textCol, message: `${numCol} and ${textCol} must both be filled or both be empty` });
        continue;
      }
      if (t === null || n === null) continue;
      if (!q.includes(t)) issues.push({ file, line, column: textCol, message: `"${t}" is not in source_quote` });
      else if (!textStatesValue(t, n, MONEY_SCALES)) issues.push({ file, line, column: numCol, message: `${n} yuan is not what "${t}" says (in 元, 万元 or 亿元)` });
    }
    const figures: (keyof Project)[] = ['beds', 'floor_area_m2', 'site_area_m2', 'site_area_mu'];
    for (const col of figures) {
      const n = row[col] as number | null;
      if (n !== null && !textStatesValue(q, n)) issues.push({ file, line, column: col, message: `${n} is not written in source_quote` });
    }
    for (const col of ['start_year', 'end_year'] as const) {
      const y = row[col];
      // Tables write months after the year ("2019.5"): the year itself must stand in the quote.
      if (y !== null && !new RegExp(`(?<!\\d)${y}(?!\\d)`).test(q)) issues.push({ file, line, column: col, message: `${y} is not written in source_quote` });
    }
  }
}

/** A note's quotes are in its document. */
export function checkNoteQuotes(file: string, rows: Located<Note>[], sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const text = sources[row.doc_id];
    if (text === undefined) continue;
    for (const col of ['quote_a', 'quote_b'] as const) {
      const q = row[col];
      if (q !== null && !text.includes(q)) issues.push({ file, line, column: col, message: quoteNotFound(q, row.doc_id) });
    }
  }
}
