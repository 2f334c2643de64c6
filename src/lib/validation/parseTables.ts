import type { z } from 'zod';
import type { CsvTable } from '../data/csv';
import { TABLES, type TableName } from '../data/schema';
import type { Issue, Located } from './issues';

export type ParsedTables = { [K in TableName]: Located<z.output<(typeof TABLES)[K]>>[] };

/** The key column of each table other tables refer to. */
const KEYS: Partial<Record<TableName, string>> = { regions: 'region_code', documents: 'doc_id', concepts: 'concept_id', indicators: 'indicator_id', projects: 'project_id' };

/** Tables a dataset cannot do without: a header and no rows is a mistake, not an empty list. */
const NEEDS_ROWS: readonly TableName[] = ['regions', 'documents', 'indicators', 'indicator_values'];

/**
 * Checks each table's columns and parses every row with its schema. A file-level
 * problem (unreadable file, wrong separator, a missing or duplicate column) is
 * reported once and the table is not parsed further, so one mistake does not
 * bury the rest under a thousand follow-on messages; such tables are listed in
 * `unreadable` so that checks depending on them can be skipped.
 */
export function parseTables(tables: Record<TableName, CsvTable>, issues: Issue[], unreadable: Set<TableName>, rejectedKeys: Map<TableName, Set<string>> = new Map()): ParsedTables {
  const out = {} as Record<TableName, Located<unknown>[]>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const schema = TABLES[name];
    const table = tables[name];
    out[name] = [];
    for (const p of table.problems) {
      issues.push({ file: table.file, line: p.line, ...(p.column ? { column: p.column } : {}), message: p.message, ...(p.fatal ? { level: 'file' as const } : {}) });
    }
    if (table.problems.some((p) => p.fatal)) {
      unreadable.add(name);
      continue;
    }
    const expected = Object.keys(schema.shape);
    const missing = expected.filter((c) => !table.header.includes(c));
    const miscased = missing.flatMap((c) => table.header.filter((h) => h !== c && h.toLowerCase() === c).map((h) => [h, c] as const));
    for (const [h, c] of miscased) issues.push({ file: table.file, line: 1, message: `column "${h}" must be written "${c}" (lowercase)`, level: 'file' });
    const absent = missing.filter((c) => !miscased.some(([, m]) => m === c));
    if (absent.length) issues.push({ file: table.file, line: 1, message: `missing column(s): ${absent.join(', ')}`, level: 'file' });
    if (missing.length) {
      unreadable.add(name);
      continue;
    }
    const unknown = table.header.filter((c) => !expected.includes(c));
    if (unknown.length) issues.push({ file: table.file, line: 1, message: `unknown column(s): ${unknown.join(', ')}`, level: 'file' });
    if (NEEDS_ROWS.includes(name) && table.rows.length === 0 && !table.problems.length) {
      issues.push({ file: table.file, line: 1, message: 'has a header but no rows', level: 'file' });
      unreadable.add(name);
      continue;
    }
    // A row rejected for its own mistake still exists: references to its key are not
    // dangling, and reporting them would bury the one real problem.
    const keys = new Set<string>();
    rejectedKeys.set(name, keys);
    const key = KEYS[name];
    if (key) for (const { record } of table.rejected) if (record[key]) keys.add(record[key].trim());
    for (const { line, record } of table.rows) {
      const result = schema.safeParse(record);
      if (result.success) out[name].push({ line, row: result.data });
      else {
        for (const iss of result.error.issues) issues.push({ file: table.file, line, column: String(iss.path[0] ?? ''), message: iss.message });
        if (key && record[key]) keys.add(record[key].trim());
      }
    }
  }
  return out as ParsedTables;
}
