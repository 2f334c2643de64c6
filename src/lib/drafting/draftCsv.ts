// The draft file a curator opens in a spreadsheet: one row per number, UTF-8 with a BOM (so Excel
// reads Chinese), cells made spreadsheet-safe by toCsv.
import { toCsv, type CsvColumnType } from '../data/csv';
import type { DraftRow } from './draftText';

export const DRAFT_COLUMNS = [
  'accept', 'skip_reason', 'check', 'line', 'value_text', 'value', 'unit', 'year', 'year_basis', 'value_kind', 'period',
  'period_start', 'period_end', 'qualifier', 'name_zh', 'name_en', 'domain', 'source_quote',
] as const;
export type DraftColumn = (typeof DRAFT_COLUMNS)[number];

/** Columns that hold numbers; the others are text (and neutralised when they start like a formula). */
export const DRAFT_COLUMN_TYPES: Readonly<Partial<Record<DraftColumn, CsvColumnType>>> = {
  line: 'integer', value: 'number', year: 'year', period_start: 'year', period_end: 'year',
};

/** One draft row as cells: a value per column, empty cells as null or ''. */
export type DraftCells = Readonly<Record<DraftColumn, string | number | null>>;

/** The CSV text of draft rows with the curator's accept mark (y, n or empty) kept. */
export function draftRecordsCsv(records: readonly DraftCells[]): string {
  return `\ufeff${toCsv(DRAFT_COLUMNS, records, { newline: '\r\n', types: DRAFT_COLUMN_TYPES })}`;
}

/** The CSV text of a fresh draft. `accept` is left empty: the curator writes y (keep) or n (drop). */
export function draftCsv(rows: readonly (DraftRow & { check?: string })[]): string {
  return draftRecordsCsv(rows.map((r) => ({ ...r, accept: '', skip_reason: r.skip_reason ?? '', check: r.check ?? '' })));
}
