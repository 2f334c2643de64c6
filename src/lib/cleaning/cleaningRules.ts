import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { regexString } from '../data/regexString';
import type { CleaningRule } from './cleanSource';

const regex = regexString;

const tableSchema = z.strictObject({
  title: regex(),
  occurrence: z.int().positive().exactOptional(),
  row_end: regex().exactOptional(),
  until: regex().exactOptional(),
  header_lines: z.int().min(0),
});

const ruleSchema = z.strictObject({
  doc_id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens'),
  seed_file: z.string().min(1),
  to_simplified: z.boolean(),
  start_line: regex().exactOptional(),
  end_before_line: regex().exactOptional(),
  drop_lines: z.array(regex()).exactOptional(),
  tables: z.array(tableSchema).exactOptional(),
});

/** data/source_cleaning.json: one rule per document, checked like the data (a misspelt key is an error, not ignored). */
export const cleaningRulesSchema = z.array(ruleSchema).superRefine((rules, ctx) => {
  const ids = rules.map((r) => r.doc_id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'doc_id'], message: `"${id}" has a rule already` });
  });
});

/** Reads and checks a cleaning-rules file; a missing file is no rules. Throws `file: [i].field: reason` for every problem. */
export function readCleaningRules(path: string): CleaningRule[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: is not valid JSON (${(e as Error).message})`);
  }
  const result = cleaningRulesSchema.safeParse(json);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${path}: ${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top)'}: ${i.message}`).join('\n'));
  }
  return result.data;
}
