import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIELD_DOCS, type FieldType } from '../../src/lib/data/fieldDocs';
import { checkDataset } from '../../src/lib/data/loadDataset';
import { TABLES, type Dataset, type TableName } from '../../src/lib/data/schema';
import { tableParquet } from '../../src/lib/site/parquetTables';
import { publishedDataFiles } from '../../src/lib/site/publishedFiles';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const NAMES = Object.keys(TABLES) as TableName[];
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'data', 'index.html'));

/** The Parquet type a researcher's reader sees for each Table Schema type. */
const EXPECTED: Record<FieldType, { type: string; converted_type?: string }> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  year: { type: 'INT32' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

const toArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A typed row as the CSV would show it: empty → null, a list joined with ;. */
function expectedRow(row: Record<string, unknown>, name: TableName): Record<string, unknown> {
  return Object.fromEntries(Object.keys(FIELD_DOCS[name]).map((column) => {
    const v = row[column];
    if (Array.isArray(v)) return [column, v.length ? v.join(';') : null];
    return [column, v === '' || v === undefined ? null : v];
  }));
}

/** A row read back by hyparquet, in plain JS values: INT64 bigint → number, DATE → YYYY-MM-DD. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v]));
}

async function readBack(bytes: Uint8Array) {
  const file = toArrayBuffer(bytes);
  return { metadata: parquetMetadata(file), rows: (await parquetReadObjects({ file })).map(plainRow) };
}

function expectSameTable(name: TableName, data: Dataset, rows: Record<string, unknown>[]) {
  const expected = (data[name] as unknown as Record<string, unknown>[]).map((r) => expectedRow(r, name));
  expect(rows).toHaveLength(expected.length);
  for (const [i, row] of rows.entries()) {
    expect(Object.keys(row), `${name} row ${i + 1}`).toEqual(Object.keys(FIELD_DOCS[name]));
    expect(row, `${name} row ${i + 1}`).toEqual(expected[i]);
  }
}

describe.each(NAMES)('the Parquet copy of %s', (name) => {
  const bytes = tableParquet(dataset, name);

  test('reads back with hyparquet to the validated rows: same columns, same order, same values, null where the CSV is empty', async () => {
    const { rows } = await readBack(bytes);
    expectSameTable(name, dataset, rows);
  });

  test('has the column types of the data dictionary, nullable only where a column is optional', () => {
    const metadata = parquetMetadata(toArrayBuffer(bytes));
    const columns = metadata.schema.slice(1).map((e) => ({ name: e.name, type: e.type, converted_type: e.converted_type, repetition_type: e.repetition_type }));
    expect(columns).toEqual(Object.entries(FIELD_DOCS[name]).map(([column, f]) => ({
      name: column, converted_type: undefined, ...EXPECTED[f.type], repetition_type: f.required ? 'REQUIRED' : 'OPTIONAL',
    })));
  });

  test('carries no timestamp and is the same bytes every time', () => {
    const metadata = parquetMetadata(toArrayBuffer(bytes));
    expect(metadata.created_by).toBe('minzheng-guihua-shuju');
    expect(metadata.key_value_metadata ?? []).toEqual([]);
    expect(Buffer.from(tableParquet(dataset, name)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('is listed in the checksums and the ZIP', () => {
    expect(Buffer.from(publishedDataFiles(dataset)[`${name}.parquet`] as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
  });

  test.runIf(built)('is published at /data/<table>.parquet by the build, byte for byte', async () => {
    const published = readFileSync(join(dist, 'data', `${name}.parquet`));
    expect(published.equals(Buffer.from(bytes))).toBe(true);
    expectSameTable(name, dataset, (await readBack(new Uint8Array(published))).rows);
  });
});

describe.each(['valid', 'hostile'])('the Parquet copies of the %s fixture dataset', (fixture) => {
  const { dataset: data, issues } = checkDataset(join(root, 'tests', 'fixtures', fixture), root);
  test.each(NAMES)('%s reads back to its rows (empty tables, hostile text and extreme numbers included)', async (name) => {
    expect(issues).toEqual([]);
    expectSameTable(name, data, (await readBack(tableParquet(data, name))).rows);
  });
});

describe.runIf(built)('the data page', () => {
  test('links every table’s Parquet file and states its size', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'data', 'index.html'), 'utf8'));
    const links = [...document.querySelectorAll('a[href$=".parquet"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(NAMES.map((n) => `/data/${n}.parquet`));
    for (const name of NAMES) {
      const row = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector(`a[href="/data/${name}.parquet"]`));
      const kb = `${(readFileSync(join(dist, 'data', `${name}.parquet`)).length / 1024).toFixed(1)} KB`;
      expect(row?.textContent, name).toContain(kb);
    }
  });
});
