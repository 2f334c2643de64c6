import { readFileSync, existsSync } from 'node:fs';
import { parseCsv } from '../data/csv';
import type { Correction } from './corrections';

const COLUMNS = ['doc_id', 'garbled', 'correction', 'method', 'reason'] as const;
const METHODS = ['bytes', 'context', 'unrestored'];

/** Reads the reviewed corrections table; every row needs all its columns filled (COLUMNS). */
export function loadCorrections(path: string): Correction[] {
  if (!existsSync(path)) return [];
  const table = parseCsv(path, readFileSync(path, 'utf8'));
  const missing = COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) throw new Error(`${path}: missing column(s) ${missing.join(', ')}`);
  const errors = [...table.errors];
  const out: Correction[] = [];
  for (const { line, record } of table.rows) {
    for (const c of COLUMNS) if (!record[c]) errors.push(`${path}:${line}: column ${c} is empty`);
    if (record['method'] && !METHODS.includes(record['method'])) errors.push(`${path}:${line}:method: "${record['method']}" is not one of: ${METHODS.join(', ')}`);
    out.push({ doc_id: record['doc_id']!, garbled: record['garbled']!, correction: record['correction']!, method: record['method']!, reason: record['reason']! });
  }
  if (errors.length) throw new Error(errors.join('\n'));
  return out;
}
