import type { DocumentRow } from './schema';

type Dated = Pick<DocumentRow, 'doc_id' | 'period_start' | 'published'>;

/**
 * Documents in time order: the first year they cover, then the publication date (undated last),
 * then doc_id, so the order never depends on the order of rows in documents.csv.
 */
export function compareDocuments(a: Dated, b: Dated): number {
  if (a.period_start !== b.period_start) return a.period_start - b.period_start;
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0;
}

/**
 * Whether `a` is known to come before `b`: it covers an earlier first year, or the same first year
 * and both are dated, `a` earlier. Two documents of one first year without both dates cannot be
 * ordered (doc_id order is not time).
 */
export function isEarlierDocument(a: Dated, b: Dated): boolean {
  if (a.period_start !== b.period_start) return a.period_start < b.period_start;
  return a.published !== null && b.published !== null && a.published < b.published;
}
