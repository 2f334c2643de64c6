import { join, relative } from 'node:path';
import { parseCsv, unreadableTable, type CsvTable } from '../data/csv';
import { dataDir } from '../data/dataDir';
import { readUtf8File } from '../data/readText';
import { TABLES, type Dataset, type TableName } from '../data/schema';
import { DataValidationError, type Issue } from './issues';
import { parseCounties } from './readCounties';
import { validateDataset, type DatasetInput, type ValidationResult } from './validateDataset';

/**
 * Reads every table, cleaned text and the county polygons from a data folder (the
 * real one or a test fixture). Files are read as bytes and decoded as strict
 * UTF-8; a file that is missing, a folder, in another encoding or (the geodata)
 * not valid GeoJSON becomes an issue at its line 1, never an exception.
 */
export function readDatasetInput(dataDir: string, root = process.cwd()): DatasetInput {
  const fileIssues: Issue[] = [];
  const tables = {} as Record<TableName, CsvTable>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const path = join(dataDir, `${name}.csv`);
    const file = relative(root, path);
    const read = readUtf8File(path);
    tables[name] = read.ok ? parseCsv(file, read.text) : unreadableTable(file, read.reason, read.line);
  }
  const sources: Record<string, string> = {};
  const unreadableSources: string[] = [];
  if (!tables.documents.problems.some((p) => p.fatal)) {
    for (const { record } of tables.documents.rows) {
      const id = record['doc_id'] ?? '';
      // Only a well-formed doc_id names a file (no "../" or spaces); the schema reports the rest.
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) continue;
      const path = join(dataDir, 'sources', `${id}.txt`);
      const read = readUtf8File(path);
      if (!read.ok && read.reason === 'file is missing') continue; // reported on the documents.csv row
      const file = relative(root, path);
      if (!read.ok) {
        fileIssues.push({ file, line: read.line, message: read.reason, level: 'file' });
        unreadableSources.push(id);
      } else if (read.text.replace(/^\ufeff/, '').trim() === '') {
        fileIssues.push({ file, line: 1, message: 'is empty', level: 'file' });
        unreadableSources.push(id);
      } else {
        // One form of line end, so a quote copied on any machine matches the text.
        sources[id] = read.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      }
    }
  }
  const geoPath = join(dataDir, 'geo', 'counties.geojson');
  const geoFile = relative(root, geoPath);
  const geo = readUtf8File(geoPath);
  let counties: DatasetInput['counties'] = null;
  if (!geo.ok) fileIssues.push({ file: geoFile, line: geo.line, message: geo.reason, level: 'file' });
  else {
    const parsed = parseCounties(geo.text.replace(/^\ufeff/, ''));
    if (parsed.ok) counties = parsed.counties;
    else for (const reason of parsed.reasons) fileIssues.push({ file: geoFile, line: parsed.line, message: reason, level: 'file' });
  }
  return { tables, sources, counties, countiesFile: geoFile, fileIssues, unreadableSources };
}

export function checkDataset(dataDir: string, root = process.cwd()): ValidationResult {
  return validateDataset(readDatasetInput(dataDir, root));
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
