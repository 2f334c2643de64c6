// Drafts one document: data/sources/<doc_id>.txt → data/drafts/<doc_id>.csv, one row per number,
// and data/drafts/<doc_id>.projects.csv, one row per project the text describes, for a curator to
// review (data/drafts/README.md). The site never builds from drafts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from '../src/lib/data/csv';
import { documentFactsOf } from '../src/lib/drafting/documentFacts';
import { draftCsv } from '../src/lib/drafting/draftCsv';
import { draftProjects } from '../src/lib/drafting/draftProjects';
import { draftText } from '../src/lib/drafting/draftText';
import { projectDraftCsv } from '../src/lib/drafting/projectDraftCsv';

const docId = process.argv[2];
if (!docId) {
  console.error('usage: npm run draft-document -- <doc_id>');
  process.exit(2);
}
const documents = parseCsv('data/documents.csv', readFileSync('data/documents.csv', 'utf8'));
const record = documents.rows.find((r) => r.record.doc_id === docId)?.record;
if (!record) {
  console.error(`data/documents.csv has no doc_id ${docId}: add the document's row first`);
  process.exit(1);
}
const doc = documentFactsOf(record);
const text = readFileSync(`data/sources/${docId}.txt`, 'utf8');
const rows = draftText(text, doc);
mkdirSync('data/drafts', { recursive: true });
const out = `data/drafts/${docId}.csv`;
writeFileSync(out, draftCsv(rows));
const kept = rows.filter((r) => r.skip_reason === null).length;
console.log(`${out}: ${rows.length} numbers, ${kept} proposed as values, ${rows.length - kept} skipped with a reason`);
const projects = draftProjects(text, { ...doc, doc_id: docId, region_code: record.region_code ?? '' });
const projectsOut = `data/drafts/${docId}.projects.csv`;
writeFileSync(projectsOut, projectDraftCsv(projects));
console.log(`${projectsOut}: ${projects.length} projects`);
