// Reads a draft CSV back (after a curator edited it in a spreadsheet or the review page): every
// cell checked, every problem reported as file:line:column: reason, nothing silently dropped.
import { z } from 'zod';
import { UNIT_CODES } from '../data/units';
import { DOMAINS, PERIODS, QUALIFIERS, VALUE_KINDS, YEAR_BASES } from '../data/vocabulary';
import { DRAFT_COLUMNS } from './draftCsv';
import { readCheckedCsv } from './readCheckedCsv';
import { SKIP_REASONS } from './skipRules';

/** What the curator decided: y keeps the row, n drops it, empty is not yet reviewed. */
export const ACCEPT_MARKS = ['y', 'n', ''] as const;

const blankToNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? null : v), schema.nullable());
const year = z.coerce.number().int().min(1949).max(2100);

const draftRecordSchema = z.object({
  accept: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(ACCEPT_MARKS, { error: 'must be y (keep), n (drop) or empty' })),
  skip_reason: blankToNull(z.enum(SKIP_REASONS)),
  check: z.string(),
  line: z.coerce.number().int().positive(),
  value_text: z.string(),
  value: blankToNull(z.coerce.number().refine(Number.isFinite, 'must be a number')),
  unit: blankToNull(z.enum(UNIT_CODES)),
  year: blankToNull(year),
  year_basis: blankToNull(z.enum(YEAR_BASES)),
  value_kind: blankToNull(z.enum(VALUE_KINDS)),
  period: blankToNull(z.enum(PERIODS)),
  period_start: blankToNull(year),
  period_end: blankToNull(year),
  qualifier: blankToNull(z.enum(QUALIFIERS)),
  name_zh: z.string(),
  name_en: z.string(),
  domain: blankToNull(z.enum(DOMAINS)),
  source_quote: z.string(),
});

export type DraftRecord = z.infer<typeof draftRecordSchema> & { /** Line of the CSV file (header is 1). */ csvLine: number };

export function readDraft(file: string, text: string): { rows: DraftRecord[]; errors: string[] } {
  return readCheckedCsv(file, text, DRAFT_COLUMNS, draftRecordSchema, 'a draft');
}
