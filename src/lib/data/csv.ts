import Papa from 'papaparse';

export interface CsvTable {
  file: string;
  header: string[];
  /** Each record with the 1-based line number where it starts in the file (the header is line 1). */
  rows: { line: number; record: Record<string, string> }[];
  /** Problems found while parsing, as `file:line: reason`. */
  errors: string[];
}

/**
 * Parses a CSV file's text. A UTF-8 BOM (Excel writes one) and CRLF line ends
 * are accepted; every field stays a string so that the schema, not the parser,
 * decides what a number is.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  const errors = parsed.errors.map((e) => `${file}:${(e.row ?? 0) + 1}: ${e.message}`);
  const data = parsed.data;
  // Trailing newline gives one empty record; blank lines are not data.
  const lineStarts = recordStartLines(body);
  const header = (data[0] ?? []).map((h) => h.trim());
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i] ?? [];
    if (cells.length === 1 && cells[0] === '') continue;
    const line = lineStarts[i] ?? i + 1;
    if (cells.length !== header.length) {
      errors.push(`${file}:${line}: has ${cells.length} fields, the header has ${header.length}`);
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => (record[h] = cells[j] ?? ''));
    rows.push({ line, record });
  }
  return { file, header, rows, errors };
}

/** Line number (1-based) at which each CSV record starts, honouring quoted newlines. */
function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line += 1;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/** Serialises rows as RFC 4180 CSV with the given column order. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' }) + '\n';
}
