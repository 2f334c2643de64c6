import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/data/csv';
import { TABLES, type TableName } from '../../src/lib/data/schema';
import type { DatasetInput } from '../../src/lib/validation/validateDataset';
import { validateDataset } from '../../src/lib/validation/validateDataset';
import { formatIssue } from '../../src/lib/validation/issues';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'valid');
/** A region with three documents in a row (14th five-year plan, 2025 work report, 15th five-year plan) whose rows are linked by `continues`. */
export const SERIES_FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'series');

/** The fixture helpers over one fixture folder. */
export function fixtureAt(dir: string) {
  const csv = (name: TableName): string => readFileSync(join(dir, `${name}.csv`), 'utf8');
  const ownSources = (): Record<string, string> =>
    Object.fromEntries(readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(dir, 'sources', f), 'utf8')]));
  /**
   * The fixture dataset, with some tables' CSV text replaced, so a test can break exactly one
   * thing and read the messages.
   */
  const input = (overrides: Partial<Record<TableName, string>> = {}, sources?: Record<string, string>): DatasetInput => {
    const tables = {} as DatasetInput['tables'];
    for (const name of Object.keys(TABLES) as TableName[]) tables[name] = parseCsv(`data/${name}.csv`, overrides[name] ?? csv(name));
    return { tables, sources: sources ?? ownSources(), counties: JSON.parse(readFileSync(join(dir, 'geo', 'counties.geojson'), 'utf8')) };
  };
  return {
    csv,
    input,
    /** Validation messages for the fixture with the given tables replaced. */
    messages: (overrides: Partial<Record<TableName, string>> = {}, sources?: Record<string, string>): string[] => validateDataset(input(overrides, sources)).issues.map(formatIssue),
    /** Replaces the first occurrence of `from` in a fixture table (fails loudly if absent, so a test cannot silently test nothing). */
    edit: (name: TableName, from: string, to: string): string => {
      const text = csv(name);
      if (!text.includes(from)) throw new Error(`fixture ${name}.csv has no "${from}"`);
      return text.replace(from, to);
    },
  };
}

const valid = fixtureAt(FIXTURE_DIR);
export const fixtureCsv = valid.csv;
export const fixtureInput = valid.input;
export const messages = valid.messages;
export const edit = valid.edit;
