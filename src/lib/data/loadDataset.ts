import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCsv, type CsvTable } from './csv';
import { TABLES, type Dataset, type TableName } from './schema';
import { DataValidationError } from '../validation/issues';
import type { Counties } from '../validation/rules/locations';
import { validateDataset, type ValidationResult } from '../validation/validateDataset';

/** Reads every table, cleaned text and the county polygons from a data folder (the real one or a test fixture). */
export function readDatasetInput(dataDir: string, root = process.cwd()): Parameters<typeof validateDataset>[0] {
  const tables = {} as Record<TableName, CsvTable>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const path = join(dataDir, `${name}.csv`);
    const file = relative(root, path);
    tables[name] = existsSync(path) ? parseCsv(file, readFileSync(path, 'utf8')) : { file, header: [], rows: [], errors: [`${file}:1: file is missing`] };
  }
  const sources: Record<string, string> = {};
  for (const { record } of tables.documents.rows) {
    const id = record['doc_id'] ?? '';
    const path = join(dataDir, 'sources', `${id}.txt`);
    if (id && existsSync(path)) sources[id] = readFileSync(path, 'utf8');
  }
  const counties = JSON.parse(readFileSync(join(dataDir, 'geo', 'counties.geojson'), 'utf8')) as Counties;
  return { tables, sources, counties };
}

export function checkDataset(dataDir: string, root = process.cwd()): ValidationResult {
  return validateDataset(readDatasetInput(dataDir, root));
}

/** The data folder the site is built from: data/, or DATA_DIR (tests build fixture datasets this way). */
export function dataDir(): string {
  return process.env['DATA_DIR'] ? resolve(process.env['DATA_DIR']) : join(process.cwd(), 'data');
}

const cache = new Map<string, Dataset>();

/** The validated dataset; throws DataValidationError listing every issue, so a build never publishes half a dataset. */
export function loadDataset(dir = dataDir()): Dataset {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { dataset, issues } = checkDataset(dir);
  if (issues.length) throw new DataValidationError(issues);
  cache.set(dir, dataset);
  return dataset;
}
