import Papa from 'papaparse';

/** A problem found while reading a CSV file. `fatal`: the file as a whole cannot be read (wrong separator, bad header, unterminated quote), so its rows are not checked further. */
export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
  fatal?: boolean;
}

export interface CsvTable {
  file: string;
  header: string[];
  /** Each record with the 1-based line number where it starts in the file (the header is line 1). */
  rows: { line: number; record: Record<string, string> }[];
  /** Problems found while parsing, as `file:line: reason`. */
  errors: string[];
  /** The same problems, structured; file-level ones are `fatal`. */
  problems: CsvProblem[];
  /** Records left out because of a problem in their line (wrong field count, bad quoting, a control character), as far as they could be read. */
  rejected: { line: number; record: Record<string, string> }[];
}

// Characters that never belong in a curated cell: C0 controls other than tab and
// line ends, DEL, a byte-order mark inside the file (left by joining two files),
// and U+FFFD (the mark of text that was already decoded wrongly).
const BAD_CHARS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\ufffd]/u;

function describeChar(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === '\ufeff') return `a byte-order mark (${code}) inside the file`;
  if (ch === '\ufffd') return `a replacement character (${code}): the text was decoded wrongly somewhere`;
  return `a control character (${code})`;
}

/** A table that could not be read at all (missing, a folder, not UTF-8): one problem at line 1. */
export function unreadableTable(file: string, reason: string, line = 1): CsvTable {
  return { file, header: [], rows: [], errors: [`${file}:${line}: ${reason}`], problems: [{ line, message: reason, fatal: true }], rejected: [] };
}

/**
 * Parses a CSV file's text. A UTF-8 BOM (Excel writes one) and CRLF or CR-only
 * line ends are accepted; every field stays a string so that the schema, not the
 * parser, decides what a number is. Problems with the file as a whole (no header,
 * another separator, a duplicate or unnamed column, an unterminated quote) are
 * reported once and the rows are not returned, so the cause is not buried under
 * follow-on messages.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const body = (text.startsWith('\ufeff') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const problems: CsvProblem[] = [];
  const rejected: CsvTable['rejected'] = [];
  const done = (header: string[], rows: CsvTable['rows']): CsvTable => ({
    file,
    header,
    rows,
    problems,
    rejected,
    errors: problems.map((p) => `${file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`),
  });
  const fatal = (message: string, line = 1) => problems.push({ line, message, fatal: true });

  if (body.trim() === '') {
    fatal('is empty: no header line');
    return done([], []);
  }
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',', newline: '\n' });
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const unterminated = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unterminated) {
    fatal(`a quoted field opened here is never closed (a " is missing), so the rest of the file reads as one field`, lineAt(unterminated.index ?? 0));
    return done([], []);
  }
  const lineStarts = recordStartLines(body);
  const badRecords = new Set<number>();
  for (const e of parsed.errors) {
    const message = e.code === 'InvalidQuotes' ? 'a " inside a quoted field is not doubled (write "" for a literal quote)' : e.message;
    problems.push({ line: lineStarts[e.row ?? 0] ?? 1, message });
    badRecords.add(e.row ?? 0);
  }

  const data = parsed.data;
  const rawHeader = data[0] ?? [];
  const header = rawHeader.map((h) => h.trim());
  if (header.length === 1) {
    const sep = [[';', 'semicolons'], ['\t', 'tabs'], ['|', 'vertical bars']].find(([s]) => header[0]!.includes(s!));
    if (sep) {
      fatal(`is not comma-separated: the header has no commas but ${sep[1]}; save it as CSV with commas`);
      return done(header, []);
    }
  }
  rawHeader.forEach((h, j) => {
    if (h.trim() === '') fatal(`column ${j + 1} of the header has no name${j === rawHeader.length - 1 ? ' (a comma at the end of the line?)' : ''}`);
    else if (h !== h.trim()) fatal(`column "${h.trim()}" has spaces around its name in the header`);
    else if (BAD_CHARS.test(h)) fatal(`column "${h}" contains ${describeChar(BAD_CHARS.exec(h)![0])}`);
  });
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) fatal(`duplicate column "${h}"`);
    seen.add(h);
  }
  if (problems.some((p) => p.fatal)) return done(header, []);

  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i] ?? [];
    // The trailing newline gives one empty record; blank lines are not data.
    if (cells.length === 1 && cells[0] === '') continue;
    const line = lineStarts[i] ?? i + 1;
    const record: Record<string, string> = {};
    if (badRecords.has(i)) {
      header.forEach((h, j) => (record[h] = cells[j] ?? ''));
      rejected.push({ line, record });
      continue;
    }
    if (cells.length !== header.length) {
      problems.push({ line, message: `has ${cells.length} fields, the header has ${header.length}` });
      header.forEach((h, j) => (record[h] = cells[j] ?? ''));
      rejected.push({ line, record });
      continue;
    }
    let clean = true;
    header.forEach((h, j) => {
      const cell = cells[j] ?? '';
      const bad = BAD_CHARS.exec(cell);
      if (bad) {
        problems.push({ line, column: h, message: `contains ${describeChar(bad[0])}` });
        clean = false;
      }
      record[h] = cell;
    });
    if (clean) rows.push({ line, record });
    else rejected.push({ line, record });
  }
  return done(header, rows);
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
