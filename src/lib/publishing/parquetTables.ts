import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import { publishedFields, type FieldDoc, type FieldType } from '../data/fieldDocs';
import { publishedRows } from '../data/publishedColumns';
import type { Dataset, TableName } from '../data/schema';

type ParquetColumnType = Pick<SchemaElement, 'type' | 'converted_type'>;

/**
 * The Parquet type of each Table Schema type. A new FieldType fails to compile
 * until it has one here (a boolean field would map to { type: 'BOOLEAN' }).
 */
const PARQUET_TYPES: Record<FieldType, ParquetColumnType> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  // Yuan totals pass 2^31 (21亿), so integers are 64-bit.
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  year: { type: 'INT32' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

/** Each Table Schema type with the Parquet type it is written as, for the data page: `integer → INT64`. */
export const PARQUET_TYPE_NAMES = Object.entries(PARQUET_TYPES).map(([field, p]) => `${field} → ${p.type}${p.converted_type ? ` (${p.converted_type})` : ''}`);

/** The Parquet schema element of one column: its type from the data dictionary (fieldDocs.ts), nullable unless required. */
export function parquetColumn(name: string, field: FieldDoc): SchemaElement {
  return { name, ...PARQUET_TYPES[field.type], repetition_type: field.required ? 'REQUIRED' : 'OPTIONAL' };
}

/** One typed cell as Parquet stores it: empty → null, a list (notes.related_ids) joined with ; as in the CSV, INT64 as bigint, a date as a UTC day. */
function parquetCell(value: unknown, field: FieldDoc): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.join(';') : null;
  if (field.type === 'integer') return BigInt(value as number);
  if (field.type === 'date') return new Date(`${String(value)}T00:00:00Z`);
  return value;
}

/**
 * A table as Parquet: the typed, validated rows (derived columns included) with the CSV's
 * columns in the CSV's order. No timestamp or library version is written, so the same data
 * always gives the same bytes.
 */
export function tableParquet(data: Dataset, name: TableName): Uint8Array {
  const fields = Object.entries(publishedFields(name));
  const rows = publishedRows(data, name);
  const columnData: ColumnSource[] = fields.map(([column, field]) => ({ name: column, data: rows.map((row) => parquetCell(row[column], field)) }));
  const schema: SchemaElement[] = [{ name: 'root', num_children: fields.length }, ...fields.map(([column, field]) => parquetColumn(column, field))];
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: 'minzheng-guihua-shuju' }));
}
