import { isEarlierDocument } from '../../data/documentOrder';
import type { DocumentRow, Indicator } from '../../data/schema';
import type { Issue, Located } from '../issues';

const dated = (d: DocumentRow) => `${d.doc_id} (period_start ${d.period_start}${d.published ? `, published ${d.published}` : ', no published date'})`;

/**
 * One series across documents. `continues` names the row of the same region's earlier document
 * that measures the same quantity: it exists (the references check), is not the row itself, is
 * in the same region and an earlier document (documentOrder.ts: an earlier period_start, or the
 * same one and an earlier published date), has the same unit, and neither row is a duplicate_of
 * row (a series links canonical rows). A series is one chain: a row is continued by at most one
 * row, and no chain returns to where it started.
 */
export function checkContinues(file: string, indicators: Located<Indicator>[], documents: Map<string, DocumentRow>, issues: Issue[]): void {
  const byId = new Map(indicators.map((i) => [i.row.indicator_id, i]));
  const continuedBy = new Map<string, Located<Indicator>>();
  for (const { line, row } of indicators) {
    const target = row.continues;
    if (target === null) continue;
    const at = (message: string) => issues.push({ file, line, column: 'continues', message });
    if (target === row.indicator_id) {
      at('names the indicator itself; a series links rows of different documents');
      continue;
    }
    const earlier = byId.get(target)?.row;
    if (!earlier) continue;
    if (row.duplicate_of !== null) {
      at(`is set on a duplicate of "${row.duplicate_of}"; link the canonical row instead`);
      continue;
    }
    if (earlier.duplicate_of !== null) {
      at(`"${target}" is a duplicate (of "${earlier.duplicate_of}"); continue the canonical row "${earlier.duplicate_of}"`);
      continue;
    }
    if (earlier.doc_id === row.doc_id) {
      at(`"${target}" is a row of this row's own document ${row.doc_id}; a series links documents (a repeat within one document is duplicate_of)`);
      continue;
    }
    const doc = documents.get(row.doc_id);
    const earlierDoc = documents.get(earlier.doc_id);
    if (doc && earlierDoc) {
      if (earlierDoc.region_code !== doc.region_code) {
        at(`"${target}" is a row of ${earlierDoc.doc_id} (region ${earlierDoc.region_code}), not of this row's region ${doc.region_code}; a series follows one region (concepts compare regions)`);
        continue;
      }
      if (!isEarlierDocument(earlierDoc, doc)) {
        const undated = earlierDoc.period_start === doc.period_start && (earlierDoc.published === null || doc.published === null);
        at(`"${target}" is a row of ${dated(earlierDoc)}, not earlier than ${dated(doc)}; a row continues an earlier document's row${undated ? ' (with the same period_start, both need a published date to be ordered)' : ''}`);
        continue;
      }
    }
    if (earlier.unit !== row.unit) {
      at(`"${target}" is in ${earlier.unit}, this row in ${row.unit}; a series keeps one unit`);
      continue;
    }
    const first = continuedBy.get(target);
    if (first) {
      at(`"${target}" is already continued by "${first.row.indicator_id}" (line ${first.line}); a series is one chain: each row is continued by at most one row`);
      continue;
    }
    continuedBy.set(target, { line, row });
  }
  // A chain that returns to its start, reported once, on its first line in the file.
  const reported = new Set<string>();
  for (const { line, row } of indicators) {
    if (reported.has(row.indicator_id)) continue;
    const path = [row.indicator_id];
    let next = row.continues;
    while (next !== null && next !== row.indicator_id && !path.includes(next)) {
      path.push(next);
      next = byId.get(next)?.row.continues ?? null;
    }
    if (next !== row.indicator_id || path.length < 2) continue;
    for (const id of path) reported.add(id);
    issues.push({ file, line, column: 'continues', message: `forms a cycle: ${[...path, row.indicator_id].map((id) => `"${id}"`).join(' → ')}; a series runs from an earlier document to a later one` });
  }
}
