/**
 * Synthetic data for the benchmark: the real dataset replicated N times, each
 * copy with its own region codes and IDs and its own copy of the source texts,
 * so it validates like real data. Never published.
 *
 *   tsx scripts/generateSyntheticData.ts <factor> <out-dir>
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, toCsv } from '../src/lib/data/csv';

type Row = Record<string, string>;

export function generateSyntheticData(dataDir: string, factor: number, outDir: string): void {
  const read = (name: string) => parseCsv(name, readFileSync(join(dataDir, `${name}.csv`), 'utf8'));
  const tables = Object.fromEntries(['regions', 'documents', 'concepts', 'indicators', 'indicator_values', 'projects', 'notes'].map((n) => [n, read(n)]));
  const rows = (n: string) => tables[n]!.rows.map((r) => r.record);
  const out: Record<string, Row[]> = { regions: [...rows('regions')], concepts: rows('concepts') };
  for (const n of ['documents', 'indicators', 'indicator_values', 'projects', 'notes']) out[n] = [];
  mkdirSync(join(outDir, 'sources'), { recursive: true });
  cpSync(join(dataDir, 'geo'), join(outDir, 'geo'), { recursive: true });

  const docRegions = new Set(rows('documents').map((d) => d['region_code']));
  for (let k = 0; k < factor; k++) {
    const suffix = k === 0 ? '' : `-s${k}`;
    const docId = (id: string) => `${id}${suffix}`;
    const id = (x: string) => (k === 0 ? x : x.replace(/^([a-z0-9-]+)\./, (_, d: string) => `${d}${suffix}.`));
    // Synthetic region codes 9KKNNN: never a real GB/T 2260 code.
    const regionCode = (code: string) => (k === 0 ? code : `9${String(k).padStart(2, '0')}${code.slice(3)}`);
    if (k > 0) {
      for (const r of rows('regions').filter((r) => docRegions.has(r['region_code']))) {
        out['regions']!.push({ ...r, region_code: regionCode(r['region_code']!), name_zh: `${r['name_zh']}(合成${k})`, name_en: `${r['name_en']} (synthetic ${k})` });
      }
    }
    for (const d of rows('documents')) {
      out['documents']!.push({ ...d, doc_id: docId(d['doc_id']!), region_code: regionCode(d['region_code']!) });
      writeFileSync(join(outDir, 'sources', `${docId(d['doc_id']!)}.txt`), readFileSync(join(dataDir, 'sources', `${d['doc_id']}.txt`)));
    }
    for (const i of rows('indicators')) {
      out['indicators']!.push({
        ...i,
        indicator_id: id(i['indicator_id']!),
        doc_id: docId(i['doc_id']!),
        ...(i['per_capita_count_id'] ? { per_capita_count_id: id(i['per_capita_count_id']) } : {}),
        duplicate_of: i['duplicate_of'] ? id(i['duplicate_of']) : '',
        continues: i['continues'] ? id(i['continues']) : '',
      });
    }
    for (const v of rows('indicator_values')) out['indicator_values']!.push({ ...v, indicator_id: id(v['indicator_id']!) });
    for (const p of rows('projects')) out['projects']!.push({ ...p, project_id: id(p['project_id']!), doc_id: docId(p['doc_id']!) });
    for (const n of rows('notes')) {
      out['notes']!.push({ ...n, note_id: id(n['note_id']!), doc_id: docId(n['doc_id']!), related_ids: (n['related_ids'] ?? '').split(';').filter(Boolean).map(id).join(';') });
    }
  }
  for (const [name, list] of Object.entries(out)) writeFileSync(join(outDir, `${name}.csv`), toCsv(tables[name]!.header, list, { spreadsheetSafe: false }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [factor, outDir] = process.argv.slice(2);
  if (!factor || !outDir) throw new Error('usage: tsx scripts/generateSyntheticData.ts <factor> <out-dir>');
  generateSyntheticData(resolve(import.meta.dirname, '..', 'data'), Number(factor), resolve(outDir));
  console.log(`wrote ${factor}× synthetic data to ${outDir}`);
}
