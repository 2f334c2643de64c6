import Papa from 'papaparse';

export type CsvRow = Record<string, string | number | null>;

/** A chart's data as CSV for Excel and scripts: UTF-8 with BOM, RFC 4180 quoting, CRLF, empty cells for null. */
export function chartCsv(rows: CsvRow[]): string {
  return `\ufeff${Papa.unparse(rows, { newline: '\r\n', quotes: false, header: true })}\r\n`;
}
