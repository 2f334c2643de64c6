import type { DocumentRow, Indicator, IndicatorValue, Project } from '../../data/schema';
import type { Issue, Located } from '../issues';

/** How far before a document's period a baseline may lie, and after it a target. */
const SLACK_BEFORE = 10;
const SLACK_AFTER = 10;

export function checkDocumentYears(file: string, rows: Located<DocumentRow>[], issues: Issue[]): void {
  for (const { line, row } of rows) {
    if (row.period_start > row.period_end) issues.push({ file, line, column: 'period_end', message: `${row.period_end} is before period_start ${row.period_start}` });
    if (row.period_start < 1990 || row.period_end > 2050) issues.push({ file, line, column: 'period_start', message: 'period is outside 1990–2050' });
  }
}

/** A value's year lies near its document's period; targets do not precede it. */
export function checkValueYears(file: string, rows: Located<IndicatorValue>[], indicators: Map<string, Indicator>, documents: Map<string, DocumentRow>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const doc = documents.get(indicators.get(row.indicator_id)?.doc_id ?? '');
    if (!doc) continue;
    const lo = doc.period_start - SLACK_BEFORE;
    const hi = doc.period_end + SLACK_AFTER;
    if (row.year < lo || row.year > hi) issues.push({ file, line, column: 'year', message: `${row.year} is implausible for ${doc.doc_id} (period ${doc.period_start}–${doc.period_end})` });
    else if ((row.value_kind === 'target' || row.value_kind === 'interim_target') && row.year < doc.period_start - 5) {
      issues.push({ file, line, column: 'year', message: `a ${row.value_kind} in ${row.year} precedes the document's period ${doc.period_start}–${doc.period_end}` });
    }
  }
}

export function checkProjectYears(file: string, rows: Located<Project>[], issues: Issue[]): void {
  for (const { line, row } of rows) {
    if (row.start_year !== null && row.end_year !== null && row.start_year > row.end_year) {
      issues.push({ file, line, column: 'end_year', message: `${row.end_year} is before start_year ${row.start_year}` });
    }
    for (const col of ['start_year', 'end_year'] as const) {
      const y = row[col];
      if (y !== null && (y < 1990 || y > 2050)) issues.push({ file, line, column: col, message: `${y} is outside 1990–2050` });
    }
  }
}
