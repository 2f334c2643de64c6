// Drafts one document: data/sources/<doc_id>.txt → data/drafts/<doc_id>.csv, one row per number,
// and data/drafts/<doc_id>.projects.csv, one row per project the text describes, for a curator to
// review (data/drafts/README.md). The site never builds from drafts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataDir } from '../src/lib/data/dataDir';
import { parseCsv } from '../src/lib/data/csv';
import { documentFactsOf } from '../src/lib/drafting/documentFacts';
import { draftCsv } from '../src/lib/drafting/draftCsv';
import { checkDraft } from '../src/lib/drafting/checkDraft';
import { draftProjects } from '../src/lib/drafting/draftProjects';
import { draftText } from '../src/lib/drafting/draftText';
import { skipProjectFigures } from '../src/lib/drafting/valuesInProjects';
import { projectDraftCsv } from '../src/lib/drafting/projectDraftCsv';

const docId = process.argv[2];
if (!docId) {
  console.error('usage: npm run draft-document -- <doc_id>');
  process.exit(2);
}
const dir = dataDir();
const documents = parseCsv(join(dir, 'documents.csv'), readFileSync(join(dir, 'documents.csv'), 'utf8'));
const record = documents.rows.find((r) => r.record.doc_id === docId)?.record;
if (!record) {
  console.error(`${relative(process.cwd(), join(dir, "documents.csv"))} has no doc_id ${docId}: add the document (npm run add-document)`);
  process.exit(1);
}
const doc = documentFactsOf(record);
const text = readFileSync(join(dir, 'sources', `${docId}.txt`), 'utf8');
const projects = draftProjects(text, { ...doc, doc_id: docId, region_code: record.region_code ?? '' });
const rows = skipProjectFigures(checkDraft(draftText(text, doc), doc, text), projects);
mkdirSync(join(dir, 'drafts'), { recursive: true });
const out = join(dir, 'drafts', `${docId}.csv`);
writeFileSync(out, draftCsv(rows));
const kept = rows.filter((r) => r.skip_reason === null).length;
console.log(`${relative(process.cwd(), out)}: ${rows.length} numbers, ${kept} proposed as values, ${rows.length - kept} skipped with a reason`);
const projectsOut = join(dir, 'drafts', `${docId}.projects.csv`);
writeFileSync(projectsOut, projectDraftCsv(projects));
console.log(`${relative(process.cwd(), projectsOut)}: ${projects.length} projects`);
