import { join, resolve } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, test } from 'vitest';
import { publishedFields, type FieldType } from '../../src/lib/data/fieldDocs';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { TABLES, type TableName } from '../../src/lib/data/schema';
import { tableParquet } from '../../src/lib/publishing/parquetTables';
import { publishedDataFiles } from '../../src/lib/publishing/publishedFiles';
import { expectSameTable, readBack, toArrayBuffer } from '../parquetReadBack';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const NAMES = Object.keys(TABLES) as TableName[];

/** The Parquet type a researcher's reader sees for each Table Schema type. */
const EXPECTED: Record<FieldType, { type: string; converted_type?: string }> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  year: { type: 'INT32' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

describe.each(NAMES)('the Parquet copy of %s', (name) => {
  const bytes = tableParquet(dataset, name);

  test('reads back with hyparquet to the validated rows: same columns, same order, same values, null where the CSV is empty', async () => {
    const { rows } = await readBack(bytes);
    expectSameTable(name, dataset, rows);
  });

  test('has the column types of the data dictionary, nullable only where a column is optional', () => {
    const metadata = parquetMetadata(toArrayBuffer(bytes));
    const columns = metadata.schema.slice(1).map((e) => ({ name: e.name, type: e.type, converted_type: e.converted_type, repetition_type: e.repetition_type }));
    expect(columns).toEqual(Object.entries(publishedFields(name)).map(([column, f]) => ({
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

});

describe.each(['valid', 'hostile'])('the Parquet copies of the %s fixture dataset', (fixture) => {
  const { dataset: data, issues } = checkDataset(join(root, 'tests', 'fixtures', fixture), root);
  test.each(NAMES)('%s reads back to its rows (empty tables, hostile text and extreme numbers included)', async (name) => {
    expect(issues).toEqual([]);
    expectSameTable(name, data, (await readBack(tableParquet(data, name))).rows);
  });
});
