import { valueCny, valueCnyText } from './moneyCny';
import type { Dataset, TableName } from './schema';

// The derived columns of the published tables (documented in DERIVED_FIELDS, fieldDocs.ts), computed in one
// place for every format: the CSV from the curated cells as written, JSON and Parquet from the
// typed rows. Both give the same number, because both shift the same decimal digits.

/** Derived cells of one curated CSV record, as text ('' when empty). `unitOf` gives an indicator's unit. */
export function derivedCsvCells(name: TableName, record: Record<string, string>, unitOf: (indicatorId: string) => string | undefined): Record<string, string> {
  if (name !== 'indicator_values') return {};
  const unit = unitOf(record['indicator_id'] ?? '');
  const value = record['value'] ?? '';
  return { value_cny: unit && value !== '' ? valueCnyText(value, unit) ?? '' : '' };
}

/** A table's typed rows with their derived columns (null when empty), in the published column order. */
export function publishedRows(data: Dataset, name: TableName): Record<string, unknown>[] {
  const rows = data[name] as unknown as Record<string, unknown>[];
  if (name !== 'indicator_values') return rows;
  const units = new Map(data.indicators.map((i) => [i.indicator_id, i.unit]));
  return data.indicator_values.map((v) => {
    const unit = units.get(v.indicator_id);
    return { ...v, value_cny: unit === undefined ? null : valueCny(v.value, unit) };
  });
}
