// Reads a projects draft back (after a curator edited it): every cell checked by the rules of
// data/projects.csv (src/lib/data/schema.ts), every problem reported as file:line:column: reason.
import { z } from 'zod';
import { DOTTED_ID, DOTTED_ID_ERROR, projectSchema } from '../data/schema';
import { PROJECT_DRAFT_COLUMNS } from './projectDraftCsv';
import { ACCEPT_MARKS } from './readDraft';
import { readCheckedCsv } from './readCheckedCsv';

// The published columns are checked as projects.csv checks them; the id may still be empty (the
// accept step derives it), and the point is not part of a draft.
const projectDraftSchema = z.object({
  accept: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(ACCEPT_MARKS, { error: 'must be y (keep), n (drop) or empty' })),
  project_id: z.string().refine((s) => s === '' || DOTTED_ID.test(s), { error: `must be empty (derived on accept) or ${DOTTED_ID_ERROR.replace(/^must /, '')}` }),
  ...projectSchema.omit({ project_id: true, county_code: true, lon: true, lat: true, location_precision: true }).shape,
});

export type ProjectDraftRecord = z.infer<typeof projectDraftSchema> & { /** Line of the CSV file (header is 1). */ csvLine: number };

export function readProjectDraft(file: string, text: string): { rows: ProjectDraftRecord[]; errors: string[] } {
  return readCheckedCsv(file, text, PROJECT_DRAFT_COLUMNS, projectDraftSchema, 'a projects draft');
}
