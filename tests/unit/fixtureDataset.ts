import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/data/csv';
import { TABLES, type TableName } from '../../src/lib/data/schema';
import type { DatasetInput } from '../../src/lib/validation/validateDataset';
import { validateDataset } from '../../src/lib/validation/validateDataset';
import { formatIssue } from '../../src/lib/validation/issues';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'valid');

export function fixtureCsv(name: TableName): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.csv`), 'utf8');
}

/**
 * The small valid fixture dataset, with some tables' CSV text replaced, so a
 * test can break exactly one thing and read the messages.
 */
export function fixtureInput(overrides: Partial<Record<TableName, string>> = {}, sources?: Record<string, string>): DatasetInput {
  const tables = {} as DatasetInput['tables'];
  for (const name of Object.keys(TABLES) as TableName[]) {
    tables[name] = parseCsv(`data/${name}.csv`, overrides[name] ?? fixtureCsv(name));
  }
  return {
    tables,
    sources: sources ?? { 'demo-plan': readFileSync(join(FIXTURE_DIR, 'sources', 'demo-plan.txt'), 'utf8') },
    counties: JSON.parse(readFileSync(join(FIXTURE_DIR, 'geo', 'counties.geojson'), 'utf8')),
  };
}

/** Validation messages for the fixture with the given tables replaced. */
export function messages(overrides: Partial<Record<TableName, string>> = {}, sources?: Record<string, string>): string[] {
  return validateDataset(fixtureInput(overrides, sources)).issues.map(formatIssue);
}

/** Replaces the first occurrence of `from` in a fixture table (fails loudly if absent, so a test cannot silently test nothing). */
export function edit(name: TableName, from: string, to: string): string {
  const csv = fixtureCsv(name);
  if (!csv.includes(from)) throw new Error(`fixture ${name}.csv has no "${from}"`);
  return csv.replace(from, to);
}
