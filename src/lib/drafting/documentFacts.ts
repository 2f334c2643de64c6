import { DOC_TYPES } from '../data/vocabulary';
import type { DocumentFacts } from './propose';

/** The facts of a documents.csv record the drafter needs (type and period), checked. */
export function documentFactsOf(record: Record<string, string>): DocumentFacts {
  const type = record.doc_type ?? '';
  if (!(DOC_TYPES as readonly string[]).includes(type)) throw new Error(`documents.csv: doc_type "${type}" is not one of ${DOC_TYPES.join(', ')}`);
  const start = Number(record.period_start);
  const end = Number(record.period_end);
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`documents.csv: ${record.doc_id} needs period_start and period_end years`);
  return { doc_type: type as DocumentFacts['doc_type'], period_start: start, period_end: end };
}
