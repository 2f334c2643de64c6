import type { Dataset, TableName } from '../data/schema';
import { TABLES } from '../data/schema';

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A table as JSON: the typed, validated rows (numbers as numbers, empty cells as null). */
export function tableJson(data: Dataset, name: TableName): string {
  return `${JSON.stringify(data[name], null, 1)}\n`;
}
