// A throwaway data folder holding what the review tool reads for one real document: documents.csv,
// the cleaned text and a fresh draft (drafted here the way `npm run draft-document` does).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv } from '../src/lib/data/csv';
import { documentFactsOf } from '../src/lib/drafting/documentFacts';
import { draftCsv } from '../src/lib/drafting/draftCsv';
import { draftText, type DraftRow } from '../src/lib/drafting/draftText';

const repoData = resolve(import.meta.dirname, '..', 'data');

export interface DraftFolder {
  dataDir: string;
  docId: string;
  title: string;
  text: string;
  rows: DraftRow[];
  draftPath: string;
}

/** The document of data/documents.csv with the fewest numbers, so a browser test stays quick; or the one named. */
export function draftFolder(docId?: string): DraftFolder {
  const documents = parseCsv('data/documents.csv', readFileSync(join(repoData, 'documents.csv'), 'utf8'));
  const drafted = documents.rows.map(({ record }) => {
    const text = readFileSync(join(repoData, 'sources', `${record['doc_id']}.txt`), 'utf8');
    return { record, text, rows: draftText(text, documentFactsOf(record)) };
  });
  const chosen = docId
    ? drafted.find((d) => d.record['doc_id'] === docId)
    : drafted.filter((d) => d.rows.some((r) => r.skip_reason) && d.rows.some((r) => !r.skip_reason)).sort((a, b) => a.rows.length - b.rows.length)[0];
  if (!chosen) throw new Error(`data/documents.csv has no document ${docId ?? 'with both proposed and skipped numbers'}`);
  const id = chosen.record['doc_id']!;
  const dataDir = mkdtempSync(join(tmpdir(), 'review-draft-'));
  mkdirSync(join(dataDir, 'sources'));
  mkdirSync(join(dataDir, 'drafts'));
  copyFileSync(join(repoData, 'documents.csv'), join(dataDir, 'documents.csv'));
  copyFileSync(join(repoData, 'sources', `${id}.txt`), join(dataDir, 'sources', `${id}.txt`));
  const draftPath = join(dataDir, 'drafts', `${id}.csv`);
  writeFileSync(draftPath, draftCsv(chosen.rows));
  return { dataDir, docId: id, title: chosen.record['title_zh'] ?? '', text: chosen.text, rows: chosen.rows, draftPath };
}
