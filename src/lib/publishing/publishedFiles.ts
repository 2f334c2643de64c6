import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { parseCsv, toCsv } from '../data/csv';
import { datasetRelease } from '../data/datasetRelease';
import { CSV_FORMULA_NOTE_EN, DERIVED_FIELDS, FOREIGN_KEYS, PRIMARY_KEYS, publishedFields } from '../data/fieldDocs';
import { dataDir } from '../data/dataDir';
import { derivedCsvCells, publishedRows } from '../data/publishedColumns';
import { TABLES, type Dataset, type TableName } from '../data/schema';
import { tableParquet } from './parquetTables';

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const DATASET_NAME = 'minzheng-guihua-shuju';
const BOM = '\ufeff';

/** A table as JSON: the typed, validated rows (numbers as numbers, empty cells as null), with the derived columns. */
export function tableJson(data: Dataset, name: TableName): string {
  return `${JSON.stringify(publishedRows(data, name), null, 1)}\n`;
}

/**
 * A table as published CSV: the curated file's rows as validated, then the derived columns
 * (fieldDocs.ts DERIVED_FIELDS, worked out from the cells as written), written by toCsv (text
 * cells a spreadsheet would run as a formula get a leading ', numeric columns stay numbers)
 * behind a UTF-8 byte-order mark so Excel opens the Chinese text correctly.
 */
export function publishedCsv(name: TableName, dir = dataDir()): string {
  const table = parseCsv(`${name}.csv`, readFileSync(join(dir, `${name}.csv`), 'utf8'));
  const fields = publishedFields(name);
  const types = Object.fromEntries(Object.entries(fields).map(([field, doc]) => [field, doc.type]));
  const derived = Object.keys(DERIVED_FIELDS[name] ?? {});
  if (!derived.length) return BOM + toCsv(table.header, table.rows.map((r) => r.record), { types });
  const indicators = parseCsv('indicators.csv', readFileSync(join(dir, 'indicators.csv'), 'utf8'));
  const units = new Map(indicators.rows.map((r) => [r.record['indicator_id'], r.record['unit']]));
  const rows = table.rows.map((r) => ({ ...r.record, ...derivedCsvCells(name, r.record, (id) => units.get(id)) }));
  return BOM + toCsv([...table.header, ...derived], rows, { types });
}

const sha256 = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');


/** The Frictionless Data Package: every table, its Table Schema (from fieldDocs.ts), sizes and hashes, licence and sources. */
export function buildDataPackage(data: Dataset, dir = dataDir()): Record<string, unknown> {
  const release = datasetRelease();
  return {
    profile: 'tabular-data-package',
    name: DATASET_NAME,
    title: '民政规划数据 — verified data from Chinese local civil-affairs plans',
    description: CSV_FORMULA_NOTE_EN,
    version: release.version,
    // The release's day, not the build's: the same files give the same bytes.
    created: `${release.date}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: data.documents.map((d) => ({ title: d.title_zh, path: `sources/${d.doc_id}.txt` })),
    resources: TABLE_NAMES.map((name) => {
      const csv = publishedCsv(name, dir);
      const fields = Object.entries(publishedFields(name)).map(([fieldName, f]) => ({
        name: fieldName,
        type: f.type,
        description: f.description,
        ...(f.unit ? { unit: f.unit } : {}),
        constraints: { required: f.required, ...(f.enum ? { enum: [...f.enum] } : {}), ...(f.pattern ? { pattern: f.pattern } : {}) },
      }));
      return {
        name,
        path: `${name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
        bytes: bytes(csv),
        hash: `sha256:${sha256(csv)}`,
        schema: { fields, primaryKey: PRIMARY_KEYS[name], ...(FOREIGN_KEYS[name] ? { foreignKeys: FOREIGN_KEYS[name] } : {}), missingValues: [''] },
      };
    }),
  };
}

/** datapackage.json as published. */
export function dataPackageJson(data: Dataset, dir = dataDir()): string {
  return `${JSON.stringify(buildDataPackage(data, dir), null, 1)}\n`;
}

/**
 * Every downloadable data file, by its path under /data/: text, or bytes for
 * Parquet. Parquet copies are not datapackage resources (a tabular data
 * package describes CSV); the data page and README describe them.
 */
export function publishedDataFiles(data: Dataset, dir = dataDir()): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const name of TABLE_NAMES) {
    files[`${name}.csv`] = publishedCsv(name, dir);
    files[`${name}.json`] = tableJson(data, name);
    files[`${name}.parquet`] = tableParquet(data, name);
  }
  for (const d of data.documents) files[`sources/${d.doc_id}.txt`] = data.sources[d.doc_id] ?? '';
  files['datapackage.json'] = dataPackageJson(data, dir);
  const licence = join(dir, 'LICENSE-DATA.md');
  if (existsSync(licence)) files['LICENSE-DATA.md'] = readFileSync(licence, 'utf8');
  return files;
}

/** sha256sum-compatible list of the published data files. */
export function checksums(data: Dataset): string {
  return Object.entries(publishedDataFiles(data))
    .map(([path, content]) => `${sha256(content)}  ${path}`)
    .join('\n') + '\n';
}

/** The whole dataset in one ZIP; file times are fixed so the same data gives the same bytes. */
export function datasetZip(data: Dataset, dir = dataDir()): Uint8Array {
  // ZIP stores a DOS date-time with no zone, and fflate fills it from the Date's
  // local-time fields: a local-time Date gives 2021-01-01 00:00 in every time zone
  // (a UTC instant would be 2021-01-01 14:00 in Kiritimati, 2020-12-31 in New York).
  const fixed = new Date(2021, 0, 1, 0, 0, 0);
  const entries = Object.fromEntries(Object.entries(publishedDataFiles(data, dir)).map(([p, c]) => [`${DATASET_NAME}/${p}`, [typeof c === 'string' ? strToU8(c) : c, { mtime: fixed }] as const]));
  return zipSync(entries as never, { level: 9, mtime: fixed });
}
