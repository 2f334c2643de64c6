// Drafts every document of data/documents.csv in memory and compares the drafts with the curated
// values (data/indicator_values.csv): recall, and the share of found values whose proposed
// year, kind and unit equal the curated ones. `--show <doc_id>` lists misses and wrong proposals.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/lib/data/csv';
import { documentFactsOf } from '../src/lib/drafting/documentFacts';
import { checkDraft } from '../src/lib/drafting/checkDraft';
import { draftText } from '../src/lib/drafting/draftText';
import { scoreDraft, type CuratedValue, type DraftScore } from '../src/lib/drafting/measure';

const read = (file: string) => parseCsv(file, readFileSync(file, 'utf8')).rows.map((r) => r.record);
const documents = read('data/documents.csv');
const indicators = new Map(read('data/indicators.csv').map((r) => [r.indicator_id!, r]));
const values = read('data/indicator_values.csv');
const show = process.argv.indexOf('--show') >= 0 ? process.argv[process.argv.indexOf('--show') + 1] : undefined;

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const line = (name: string, s: Pick<DraftScore, 'drafted' | 'skipped' | 'curated' | 'matched' | 'yearRight' | 'kindRight' | 'unitRight' | 'domainRight'>) =>
  [name.padEnd(28), String(s.drafted).padStart(7), String(s.drafted - s.skipped).padStart(9), String(s.curated).padStart(8), `${s.matched} (${pct(s.matched, s.curated)})`.padStart(14), pct(s.yearRight, s.matched).padStart(7), pct(s.kindRight, s.matched).padStart(7), pct(s.unitRight, s.matched).padStart(7), pct(s.domainRight, s.matched).padStart(7)].join(' ');

console.log([ 'document'.padEnd(28), 'numbers'.padStart(7), 'proposed'.padStart(9), 'curated'.padStart(8), 'recall'.padStart(14), 'year'.padStart(7), 'kind'.padStart(7), 'unit'.padStart(7), 'domain'.padStart(7)].join(' '));
const total = { drafted: 0, skipped: 0, curated: 0, matched: 0, yearRight: 0, kindRight: 0, unitRight: 0, domainRight: 0 };
for (const d of documents) {
  const docId = d.doc_id!;
  const text = readFileSync(`data/sources/${docId}.txt`, 'utf8');
  const facts = documentFactsOf(d);
  const rows = checkDraft(draftText(text, facts), facts, text);
  const curated: CuratedValue[] = values
    .filter((v) => indicators.get(v.indicator_id!)?.doc_id === docId)
    .map((v) => ({ value: Number(v.value), value_text: v.value_text!, source_quote: v.source_quote!, year: Number(v.year), value_kind: v.value_kind!, unit: indicators.get(v.indicator_id!)!.unit!, domain: indicators.get(v.indicator_id!)!.domain! }));
  const s = scoreDraft(text, rows, curated);
  console.log(line(docId, s));
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  if (show === docId) {
    for (const m of s.missed) console.log(`  missed: ${m.value_text} (${m.value}) in ${m.source_quote.slice(0, 60)}`);
    for (const [c, r] of s.wrong) console.log(`  wrong: ${c.value_text}: year ${r.year}/${c.year} kind ${r.value_kind}/${c.value_kind} unit ${r.unit}/${c.unit} | ${c.source_quote.slice(0, 50)}`);
  }
}
console.log(line('total', total));
