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

/** Column types that hold numbers (or dates) rather than text; see FieldDoc in fieldDocs.ts. */
export type CsvColumnType = 'string' | 'integer' | 'number' | 'year' | 'date';

/**
 * A text cell a spreadsheet would read as a formula (OWASP "CSV injection"):
 * it begins with = + - @ tab or CR. Cells that begin with apostrophes before
 * such a character count too, so that removing one leading ' from a
 * neutralised cell always gives the text as written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell neutralised by toCsv: one or more apostrophes, then a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
/** A plain number as the curated files write it (e.g. -2, -0.5, 1e3); such cells in numeric columns stay numbers. */
const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One cell as written to a published CSV: numbers (JS numbers, or number
 * literals in a numeric column) unchanged; text that a spreadsheet would run
 * as a formula gets a leading apostrophe ' (OWASP), which readers strip to get
 * the text as written.
 */
export function spreadsheetSafeCell(value: unknown, type: CsvColumnType = 'string'): unknown {
  if (typeof value !== 'string') return value;
  if (type !== 'string' && NUMBER_LITERAL.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface ToCsvOptions {
  /** Line end: '\n' (default) or '\r\n'. */
  newline?: '\n' | '\r\n';
  /** Each column's type, from the field dictionary; columns not named are text unless the value is a JS number. */
  types?: Readonly<Record<string, CsvColumnType>>;
  /**
   * false only for scripts that write the curated source files themselves
   * (data/*.csv), which must keep every cell as written. Every published CSV
   * (table downloads, ZIP, chart CSVs) keeps the default.
   */
  spreadsheetSafe?: boolean;
}

/**
 * Serialises rows as RFC 4180 CSV with the given column order: the one function
 * every CSV the site publishes goes through. Formula-like text cells are
 * prefixed with ' and quoted (see spreadsheetSafeCell).
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], options: ToCsvOptions = {}): string {
  const { newline = '\n', types = {}, spreadsheetSafe = true } = options;
  const data = rows.map((r) => columns.map((c) => {
    const v = r[c] ?? '';
    return spreadsheetSafe ? spreadsheetSafeCell(v, types[c]) : v;
  }));
  const quotes = spreadsheetSafe ? (value: unknown) => typeof value === 'string' && NEUTRALISED.test(value) : false;
  return Papa.unparse({ fields: [...columns], data }, { newline, quotes }) + newline;
}
