import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { expect } from 'vitest';
import { publishedFields } from '../src/lib/data/fieldDocs';
import { publishedRows } from '../src/lib/data/publishedColumns';
import type { Dataset, TableName } from '../src/lib/data/schema';

// Reading a published Parquet file back as a researcher's tools would, shared by the unit tests
// (the bytes the build writes) and the browser-project tests (the file in dist/).

export const toArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A typed row (derived columns included) as the CSV would show it: empty → null, a list joined with ;. */
function expectedRow(row: Record<string, unknown>, name: TableName): Record<string, unknown> {
  return Object.fromEntries(Object.keys(publishedFields(name)).map((column) => {
    const v = row[column];
    if (Array.isArray(v)) return [column, v.length ? v.join(';') : null];
    return [column, v === '' || v === undefined ? null : v];
  }));
}

/** A row read back by hyparquet, in plain JS values: INT64 bigint → number, DATE → YYYY-MM-DD. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v]));
}

export async function readBack(bytes: Uint8Array) {
  const file = toArrayBuffer(bytes);
  return { metadata: parquetMetadata(file), rows: (await parquetReadObjects({ file })).map(plainRow) };
}

export function expectSameTable(name: TableName, data: Dataset, rows: Record<string, unknown>[]) {
  const expected = publishedRows(data, name).map((r) => expectedRow(r, name));
  expect(rows).toHaveLength(expected.length);
  for (const [i, row] of rows.entries()) {
    expect(Object.keys(row), `${name} row ${i + 1}`).toEqual(Object.keys(publishedFields(name)));
    expect(row, `${name} row ${i + 1}`).toEqual(expected[i]);
  }
}

