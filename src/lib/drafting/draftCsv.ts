// The draft file a curator opens in a spreadsheet: one row per number, UTF-8 with a BOM (so Excel
// reads Chinese), cells made spreadsheet-safe by toCsv.
import { toCsv } from '../data/csv';
import type { DraftRow } from './draftText';

export const DRAFT_COLUMNS = [
  'accept', 'skip_reason', 'check', 'line', 'value_text', 'value', 'unit', 'year', 'year_basis', 'value_kind', 'period',
  'period_start', 'period_end', 'qualifier', 'name_zh', 'name_en', 'domain', 'source_quote',
] as const;

/** The CSV text of a draft. `accept` is left empty: the curator writes y (keep) or n (drop). */
export function draftCsv(rows: readonly (DraftRow & { check?: string })[]): string {
  const records = rows.map((r) => ({ ...r, accept: '', skip_reason: r.skip_reason ?? '', check: r.check ?? '' }));
  return `\ufeff${toCsv(DRAFT_COLUMNS, records, { newline: '\r\n', types: { line: 'integer', value: 'number', year: 'year', period_start: 'year', period_end: 'year' } })}`;
}
