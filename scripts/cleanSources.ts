/**
 * Seeds → cleaned texts. Reads ../shared/seeds (or SEEDS_DIR), applies
 * data/source_corrections.csv and data/source_cleaning.json, and writes
 * data/sources/<doc_id>.txt. Deterministic: running it twice changes nothing.
 *
 *   npm run clean-sources            write the cleaned texts
 *   npm run clean-sources -- --check fail if a committed text differs
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanSource } from '../src/lib/cleaning/cleanSource';
import { cleanRawDocument, isRawFile } from '../src/lib/cleaning/rawDocumentText';
import { parseCsv } from '../src/lib/data/csv';
import { dataDir } from '../src/lib/data/dataDir';
import { readCleaningRules } from '../src/lib/cleaning/cleaningRules';
import { loadCorrections } from '../src/lib/cleaning/loadCorrections';

const root = resolve(import.meta.dirname, '..');
const seedsDir = process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
const check = process.argv.includes('--check');
// The data folder: data/, or DATA_DIR (the add-document test checks a copy).
const dir = dataDir();

if (!existsSync(seedsDir)) {
  console.error(`seeds folder not found: ${seedsDir} (set SEEDS_DIR)`);
  process.exit(2);
}
const rules = readCleaningRules(join(dir, 'source_cleaning.json'));
const corrections = loadCorrections(join(dir, 'source_corrections.csv'));
let stale = 0;
for (const rule of rules) {
  const raw = readFileSync(join(seedsDir, rule.seed_file), 'utf8');
  const { text, report } = cleanSource(raw, rule, corrections);
  const out = join(dir, 'sources', `${rule.doc_id}.txt`);
  const before = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (check) {
    if (before !== text) {
      stale += 1;
      console.error(`${out}: differs from what the cleaning script produces`);
    }
  } else if (before !== text) {
    writeFileSync(out, text);
  }
  console.log(`${report.doc_id}: ${report.lines_out} lines, ${report.corrections_applied} corrections, ${report.pinyin_annotations_removed} pinyin annotations removed`);
}
// Documents added from a raw file (add-document): their text is the general cleaner's, from data/raw/.
const documents = parseCsv('data/documents.csv', readFileSync(join(dir, 'documents.csv'), 'utf8')).rows.map((r) => r.record);
for (const doc of documents.filter((d) => isRawFile(d['seed_file'] ?? ''))) {
  const { text, report } = cleanRawDocument(new Uint8Array(readFileSync(join(dir, doc['seed_file']!))), doc['title_zh']!, `data/${doc['seed_file']}`);
  const out = join(dir, 'sources', `${doc['doc_id']}.txt`);
  const before = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (check) {
    if (before !== text) {
      stale += 1;
      console.error(`${out}: differs from what the general cleaner makes of data/${doc['seed_file']}`);
    }
  } else if (before !== text) writeFileSync(out, text);
  console.log(`${doc['doc_id']}: ${report.lines_out} lines (general cleaner, ${report.removed.length} lines or spans removed)`);
}
if (stale > 0) process.exit(1);
