export interface CellPerLineTable {
  /** A line (regex, whole trimmed line) that introduces the table; the table's cells follow it. */
  title: string;
  /** Which occurrence of the title line to use (1 = first). */
  occurrence?: number;
  /** Optional: a row is complete at a line matching this regex; lines between rows are group headings. */
  row_end?: string;
  /** The table ends before the first line matching this regex (default: end of text). */
  until?: string;
  /** How many lines after the title form the header row. */
  header_lines: number;
}

const SEPARATOR = ' | ';

/**
 * Rejoins a table that the mirror laid out one cell per line into one line per
 * row, cells separated by ` | `. Rows are found by their serial numbers (the
 * next expected integer on a line of its own), so a cell that happens to hold a
 * number does not start a row unless it is the next serial *and* the previous
 * row is complete.
 */
export function joinCellPerLineTable(lines: readonly string[], spec: CellPerLineTable): string[] {
  const title = new RegExp(spec.title);
  let seen = 0;
  const start = lines.findIndex((l) => title.test(l) && ++seen === (spec.occurrence ?? 1));
  if (start === -1) throw new Error(`table title ${spec.title} (occurrence ${spec.occurrence ?? 1}) not found`);
  const until = spec.until ? new RegExp(spec.until) : null;
  let end = lines.length;
  if (until) {
    const rel = lines.slice(start + 1).findIndex((l) => until.test(l));
    if (rel !== -1) end = start + 1 + rel;
  }
  const body = lines.slice(start + 1 + spec.header_lines, end);
  const rowEnd = spec.row_end ? new RegExp(spec.row_end) : null;
  const out: string[] = [lines.slice(start + 1, start + 1 + spec.header_lines).join(SEPARATOR)];
  let next = 1;
  let row: string[] | null = null;
  let rowComplete = true;
  for (const line of body) {
    const startsRow = line === String(next) && (rowEnd ? rowComplete : true);
    if (startsRow) {
      if (row) out.push(row.join(SEPARATOR));
      row = [line];
      next += 1;
      rowComplete = false;
    } else if (row && !rowComplete) {
      row.push(line);
    } else {
      // A group heading between rows (e.g. 养老服务) stands on its own line.
      if (row) out.push(row.join(SEPARATOR));
      row = null;
      out.push(line);
    }
    if (row && rowEnd && rowEnd.test(line)) rowComplete = true;
  }
  if (row) out.push(row.join(SEPARATOR));
  if (next === 1) throw new Error(`table ${spec.title}: no numbered rows found`);
  return [...lines.slice(0, start + 1), ...out, ...lines.slice(end)];
}
