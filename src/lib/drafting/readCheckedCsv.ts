// Reads a draft file back after a curator edited it: the columns it must have, every cell checked
// by a schema, every problem as file:line:column: reason, nothing silently dropped. Shared by the
// values draft (readDraft.ts) and the projects draft (readProjectDraft.ts).
import type { z } from 'zod';
import { parseCsv } from '../data/csv';

/** A cell toCsv neutralised for spreadsheets (' before = + - @) reads back as written. */
const unneutralise = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function readCheckedCsv<S extends z.ZodType<Record<string, unknown>>>(file: string, text: string, columns: readonly string[], schema: S, what: string): { rows: (z.infer<S> & { csvLine: number })[]; errors: string[] } {
  const table = parseCsv(file, text);
  const errors = [...table.errors];
  const missing = columns.filter((c) => !table.header.includes(c));
  if (missing.length) errors.push(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${what} has ${columns.join(', ')})`);
  if (errors.length) return { rows: [], errors };
  const rows: (z.infer<S> & { csvLine: number })[] = [];
  for (const { line, record } of table.rows) {
    const cells = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unneutralise(v)]));
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${file}:${line}:${String(issue.path[0] ?? '')}: ${issue.message} (found "${cells[String(issue.path[0])] ?? ''}")`);
      continue;
    }
    rows.push({ ...(parsed.data as z.infer<S>), csvLine: line });
  }
  return { rows, errors };
}
