import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseCsv } from '../../src/lib/data/csv';
import { FIELD_DOCS, type FieldDoc } from '../../src/lib/data/fieldDocs';
import { TABLES, YEAR_RANGE, type TableName } from '../../src/lib/data/schema';
import { declaredContracts, schemaColumns } from '../../src/lib/data/schemaFields';

const root = resolve(import.meta.dirname, '..', '..');
const NAMES = Object.keys(TABLES) as TableName[];
const COLUMNS = NAMES.flatMap((table) => Object.keys(FIELD_DOCS[table]).map((column) => [table, column] as const));

/** The first non-empty cell of each column in the curated data, as written. */
const SAMPLES = new Map(NAMES.flatMap((table) => {
  const csv = parseCsv(`${table}.csv`, readFileSync(join(root, 'data', `${table}.csv`), 'utf8'));
  return Object.keys(TABLES[table].shape).map((column) => [`${table}.${column}`, csv.rows.map((r) => r.record[column] ?? '').find((v) => v !== '')] as const);
}));

const columnSchema = (table: TableName, column: string): z.ZodType => (TABLES[table].shape as Record<string, z.ZodType>)[column]!;
const accepts = (table: TableName, column: string, cell: string) => columnSchema(table, column).safeParse(cell).success;

const where = (keep: (doc: FieldDoc) => boolean) => COLUMNS.filter(([table, column]) => keep(FIELD_DOCS[table][column]!));
const docOf = (table: TableName, column: string): FieldDoc => FIELD_DOCS[table][column]!;

/** A curated cell that matches a pattern: from the column itself, else from another column with that pattern (an empty foreign key). */
function patternSample(table: TableName, column: string, pattern: string): string | undefined {
  const sameColumn = SAMPLES.get(`${table}.${column}`);
  if (sameColumn !== undefined) return sameColumn;
  const [other] = where((doc) => doc.pattern === pattern).filter(([t, c]) => SAMPLES.get(`${t}.${c}`) !== undefined);
  return other && SAMPLES.get(`${other[0]}.${other[1]}`);
}

// Each test states what a dictionary entry promises and asks the validator's own schema, so
// editing the schema without the dictionary (or the reverse) fails here.
describe('the data dictionary says what the zod schemas accept', () => {
  test.each(COLUMNS)('%s.%s is required exactly when its schema rejects an empty cell', (table, column) => {
    expect(accepts(table, column, '')).toBe(!docOf(table, column).required);
  });

  test.each(where((doc) => doc.enum !== undefined))('%s.%s takes every value of its enum and nothing else', (table, column) => {
    const values = docOf(table, column).enum!;
    for (const value of values) expect(accepts(table, column, value), value).toBe(true);
    expect(accepts(table, column, 'not_a_listed_value')).toBe(false);
    expect(accepts(table, column, values[0]!.toUpperCase())).toBe(false);
  });

  test.each(where((doc) => doc.pattern !== undefined))('%s.%s rejects a cell that does not match its pattern', (table, column) => {
    const pattern = new RegExp(docOf(table, column).pattern!);
    const sample = patternSample(table, column, pattern.source);
    expect(sample, 'a curated value with this pattern').toBeDefined();
    expect(sample).toMatch(pattern);
    expect(accepts(table, column, sample!)).toBe(true);
    expect(`${sample}X`).not.toMatch(pattern);
    expect(accepts(table, column, `${sample}X`)).toBe(false);
  });

  test.each(where((doc) => doc.type !== 'string'))('%s.%s is read as its type', (table, column) => {
    const { type } = docOf(table, column);
    const sample = SAMPLES.get(`${table}.${column}`);
    expect(sample, 'a curated value').toBeDefined();
    const parsed = columnSchema(table, column).parse(sample);
    if (type === 'date') {
      expect(parsed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(accepts(table, column, '2021-02-30')).toBe(false);
      return;
    }
    expect(typeof parsed).toBe('number');
    // "12.0" is a number but not a whole one: it tells number from integer and year.
    const decimal = sample!.includes('.') ? `${sample}0` : `${sample}.0`;
    expect(accepts(table, column, decimal), decimal).toBe(type === 'number');
    if (type === 'year') {
      expect(parsed).toBeGreaterThanOrEqual(YEAR_RANGE[0]);
      expect(accepts(table, column, String(YEAR_RANGE[0] - 1))).toBe(false);
    }
  });

  /** A curated cell of a text column (or one its pattern or enum allows), where there is one. */
  const textSample = (table: TableName, column: string): string | undefined => {
    const doc = docOf(table, column);
    return doc.pattern ? patternSample(table, column, doc.pattern) : SAMPLES.get(`${table}.${column}`) ?? doc.enum?.[0];
  };
  test.each(where((doc) => doc.type === 'string').filter(([table, column]) => textSample(table, column) !== undefined))('%s.%s is kept as text', (table, column) => {
    const parsed: unknown = columnSchema(table, column).parse(textSample(table, column));
    expect(typeof parsed === 'string' || (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))).toBe(true);
  });
});

describe('schemaColumns', () => {
  test('reads an enum, a required and an optional string, a regex and a declared contract', () => {
    const declared = z.string().transform(Number).register(declaredContracts, { type: 'integer', required: false });
    const schema = z.object({
      kind: z.enum(['a', 'b']),
      name: z.string().trim().min(1),
      note: z.string(),
      code: z.string().regex(/^\d{6}$/),
      count: declared,
    });
    expect(schemaColumns('demo', schema)).toEqual({
      kind: { type: 'string', required: true, enum: ['a', 'b'] },
      name: { type: 'string', required: true },
      note: { type: 'string', required: false },
      code: { type: 'string', required: true, pattern: '^\\d{6}$' },
      count: { type: 'integer', required: false },
    });
  });

  test('a regex that matches an empty cell does not make the column required', () => {
    expect(schemaColumns('demo', z.object({ code: z.string().regex(/^\d*$/) })).code).toEqual({ type: 'string', required: false, pattern: '^\\d*$' });
  });

  test.each([
    ['a zod number', z.number(), /demo\.broken: .*zod number/],
    ['a transform without a declared contract', z.string().transform((s) => s || null), /demo\.broken: .*zod pipe without a declared contract/],
    ['an optional', z.string().optional(), /demo\.broken: .*zod optional/],
    ['a string format other than a regex', z.string().includes('@'), /demo\.broken: .*string format includes/],
    ['two regex checks', z.string().regex(/^a/).regex(/b$/), /demo\.broken: .*2 regex checks/],
    ['a string check it does not read', z.string().max(3), /demo\.broken: .*string check max_length/],
  ])('refuses %s, naming the table and column', (_, broken, message) => {
    expect(() => schemaColumns('demo', z.object({ fine: z.string(), broken }))).toThrow(message);
  });
});
