// Reads a projects draft back (after a curator edited it): every cell checked by the rules of
// data/projects.csv (src/lib/data/schema.ts), every problem reported as file:line:column: reason.
import { z } from 'zod';
import { parseCsv } from '../data/csv';
import { DOTTED_ID, DOTTED_ID_ERROR, projectSchema } from '../data/schema';
import { PROJECT_DRAFT_COLUMNS } from './projectDraftCsv';
import { ACCEPT_MARKS } from './readDraft';

// The published columns are checked as projects.csv checks them; the id may still be empty (the
// accept step derives it), and the point is not part of a draft.
const projectDraftSchema = z.object({
  accept: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(ACCEPT_MARKS, { error: 'must be y (keep), n (drop) or empty' })),
  project_id: z.string().refine((s) => s === '' || DOTTED_ID.test(s), { error: `must be empty (derived on accept) or ${DOTTED_ID_ERROR.replace(/^must /, '')}` }),
  ...projectSchema.omit({ project_id: true, county_code: true, lon: true, lat: true, location_precision: true }).shape,
});

export type ProjectDraftRecord = z.infer<typeof projectDraftSchema> & { /** Line of the CSV file (header is 1). */ csvLine: number };

/** A cell toCsv neutralised for spreadsheets (' before = + - @) reads back as written. */
const unneutralise = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function readProjectDraft(file: string, text: string): { rows: ProjectDraftRecord[]; errors: string[] } {
  const table = parseCsv(file, text);
  const errors = [...table.errors];
  const missing = PROJECT_DRAFT_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) errors.push(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a projects draft has ${PROJECT_DRAFT_COLUMNS.join(', ')})`);
  if (errors.length) return { rows: [], errors };
  const rows: ProjectDraftRecord[] = [];
  for (const { line, record } of table.rows) {
    const cells = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unneutralise(v)]));
    const parsed = projectDraftSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${file}:${line}:${String(issue.path[0] ?? '')}: ${issue.message} (found "${cells[String(issue.path[0])] ?? ''}")`);
      continue;
    }
    rows.push({ ...parsed.data, csvLine: line });
  }
  return { rows, errors };
}
