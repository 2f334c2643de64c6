import { toCsv } from '../data/csv';
import type { CsvRow } from '../chartKinds/chartKind';

/**
 * A chart's data as CSV for Excel and scripts: UTF-8 with BOM, RFC 4180 quoting, CRLF, empty cells for null.
 * Numbers are JS numbers and stay numbers; formula-like text gets a leading ' (toCsv).
 */
export function chartCsv(rows: CsvRow[]): string {
  if (rows.length === 0) return '\ufeff\r\n';
  return `\ufeff${toCsv(Object.keys(rows[0]!), rows, { newline: '\r\n' })}`;
}
