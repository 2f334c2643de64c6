// Cleans each raw seed with the general cleaner (no per-seed rules, the title from documents.csv)
// and measures how many of the document's curated quotes survive: all of them, and the checkable
// ones (on one line of running text of the hand-cleaned source, away from reviewed corrections).
// Usage: npx tsx scripts/measureRawCleaning.ts [--show <doc_id>]   (SEEDS_DIR overrides ../shared/seeds)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanRawText } from '../src/lib/cleaning/cleanRawText';
import { loadCorrections } from '../src/lib/cleaning/loadCorrections';
import { quoteSurvival } from '../src/lib/cleaning/quoteSurvival';
import { toSimplified } from '../src/lib/cleaning/traditional';
import { normaliseLineWhitespace } from '../src/lib/cleaning/lineFormat';
import { loadDataset } from '../src/lib/validation/loadDataset';

const seeds = process.env['SEEDS_DIR'] ?? resolve('..', 'shared', 'seeds');
const { documents, indicators, indicator_values, projects } = loadDataset();
const corrections = loadCorrections(join('data', 'source_corrections.csv'));
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? process.argv[showAt + 1] : undefined;
const docOf = new Map(indicators.map((i) => [i.indicator_id, i.doc_id]));
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

console.log(['document'.padEnd(28), 'quotes kept'.padStart(16), 'checkable kept'.padStart(16), 'removed'.padStart(8)].join(' '));
for (const doc of documents) {
  const raw = readFileSync(join(seeds, doc.seed_file), 'utf8');
  const { text, report } = cleanRawText(raw, { title: doc.title_zh });
  const quotes = [
    ...indicator_values.filter((v) => docOf.get(v.indicator_id) === doc.doc_id).map((v) => v.source_quote),
    ...projects.filter((p) => p.doc_id === doc.doc_id).map((p) => p.source_quote),
  ];
  const corrected = corrections
    .filter((c) => c.doc_id === doc.doc_id)
    .map((c) => normaliseLineWhitespace(doc.original_script === 'traditional' ? toSimplified(c.correction) : c.correction));
  const s = quoteSurvival(text, readFileSync(join('data', 'sources', `${doc.doc_id}.txt`), 'utf8'), quotes, corrected);
  console.log([doc.doc_id.padEnd(28), `${s.kept}/${s.quotes} ${pct(s.kept, s.quotes)}`.padStart(16), `${s.checkableKept}/${s.checkable} ${pct(s.checkableKept, s.checkable)}`.padStart(16), String(report.removed.length).padStart(8)].join(' '));
  if (show === doc.doc_id) {
    for (const q of s.lost) console.log(`  lost: ${q}`);
    for (const r of report.removed) console.log(`  removed line ${r.line} (${r.reason}): ${r.text.slice(0, 80)}`);
  }
}
