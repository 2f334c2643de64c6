// A quote that is a row of a pipe table ("… | 48.6 | 50 | 0.6 | 55 |") cannot be read without its
// column headings. The cleaned texts keep each table row on one line, cells separated by " | ";
// this finds the row's line and the heading line of the same table above it.

/** The headings of a quoted table row, and the row's cells. */
export interface TableRowQuote {
  headers: string[];
  cells: string[];
  /**
   * True when each cell sits under its own heading: the row has as many cells as the headings, or
   * one fewer (the first, category column was a merged cell the cleaning could not repeat). Any
   * other count is ambiguous, and then the headings are only shown above the row, never paired.
   */
  aligned: boolean;
}

const CELL_SEPARATOR = ' | ';
const isTableLine = (line: string) => line.includes(CELL_SEPARATOR) || /\S \|$/.test(line);
const cellsOf = (line: string) => line.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());
/** A figure as tables write it: 48.6, 100%, 60/50, — or / for "none". */
const isFigure = (cell: string) => /^[\d.,/%—–-]+$/.test(cell);
/** A heading line names at least three columns and holds no figures. */
const isHeadingLine = (line: string) => isTableLine(line) && cellsOf(line).length >= 3 && !cellsOf(line).some(isFigure);
/** Group labels between rows ("养老服务", "精准保障标杆区 |") belong to the table; prose does not. */
const staysInTable = (line: string) => isTableLine(line) || (line.trim().length > 0 && line.trim().length <= 16 && !/[。,;:]/.test(line));

export function tableRowQuote(sourceText: string, quote: string): TableRowQuote | null {
  if (!quote.includes('|')) return null;
  const at = sourceText.indexOf(quote);
  if (at < 0) return null;
  const lines = sourceText.split('\n');
  const rowIndex = sourceText.slice(0, at).split('\n').length - 1;
  const row = lines[rowIndex];
  // A quote running over several lines, or the heading line itself, is shown as written.
  if (row === undefined || quote.includes('\n') || !isTableLine(row) || isHeadingLine(row)) return null;
  for (let i = rowIndex - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    if (isHeadingLine(line)) {
      const headers = cellsOf(line);
      const cells = cellsOf(row);
      const aligned = cells.length === headers.length || cells.length === headers.length - 1;
      return { headers, cells: aligned && cells.length < headers.length ? ['', ...cells] : cells, aligned };
    }
    if (!staysInTable(line)) return null;
  }
  return null;
}
