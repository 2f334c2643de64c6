import type { z } from 'zod';
import type { CsvTable } from '../data/csv';
import { TABLES, type TableName } from '../data/schema';
import type { Issue, Located } from './issues';

export type ParsedTables = { [K in TableName]: Located<z.output<(typeof TABLES)[K]>>[] };

/**
 * Checks each table's columns and parses every row with its schema. A table
 * with a missing column is reported once (line 1) and not parsed further, so
 * one mistake does not bury the rest under a thousand follow-on messages.
 */
export function parseTables(tables: Record<TableName, CsvTable>, issues: Issue[]): ParsedTables {
  const out = {} as Record<TableName, Located<unknown>[]>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const schema = TABLES[name];
    const table = tables[name];
    out[name] = [];
    for (const e of table.errors) {
      const m = /^(.*?):(\d+): (.*)$/.exec(e);
      issues.push({ file: table.file, line: m ? Number(m[2]) : 1, message: m ? m[3]! : e });
    }
    const expected = Object.keys(schema.shape);
    const missing = expected.filter((c) => !table.header.includes(c));
    if (missing.length) {
      issues.push({ file: table.file, line: 1, message: `missing column(s): ${missing.join(', ')}` });
      continue;
    }
    const unknown = table.header.filter((c) => !expected.includes(c));
    if (unknown.length) issues.push({ file: table.file, line: 1, message: `unknown column(s): ${unknown.join(', ')}` });
    for (const { line, record } of table.rows) {
      const result = schema.safeParse(record);
      if (result.success) out[name].push({ line, row: result.data });
      else for (const iss of result.error.issues) issues.push({ file: table.file, line, column: String(iss.path[0] ?? ''), message: iss.message });
    }
  }
  return out as ParsedTables;
}
