import { z } from 'zod';

// The machine-checkable half of the data dictionary (type, required, enum, pattern), read from
// the zod schema of each table so that it cannot drift from what the validator accepts.

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'year' | 'date';

/** What a column's schema promises about its CSV cells. */
export interface ColumnContract {
  type: FieldType;
  /** An empty cell is rejected. */
  required: boolean;
  /** The only values a cell may hold. */
  enum?: readonly string[];
  /** Source of a regular expression every non-empty cell matches. */
  pattern?: string;
}

/** The contract a transforming column schema states about itself. */
export interface DeclaredContract {
  type: FieldType;
  required: boolean;
  enum?: readonly string[];
  pattern?: RegExp;
}

/**
 * Contracts of the column schemas zod cannot show: a transform (text to a number, an empty
 * cell to null) is an opaque function, so the schema.ts builder that makes one registers what
 * it accepts here, from the same constants it validates with.
 */
export const declaredContracts = z.registry<DeclaredContract>();

/** Checks of a z.string() that this module reads or that only narrow it further (trim, refine). */
const UNDERSTOOD_STRING_CHECKS = new Set(['overwrite', 'custom', 'min_length', 'string_format']);

function unsupported(table: string, column: string, what: string): Error {
  return new Error(`${table}.${column}: cannot document its schema (${what}); give it a z.enum, a z.string with at most one .regex, or register a contract in declaredContracts (schemaFields.ts)`);
}

function stringContract(table: string, column: string, schema: z.ZodString): ColumnContract {
  let minLength = 0;
  const patterns: RegExp[] = [];
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def;
    if (!UNDERSTOOD_STRING_CHECKS.has(def.check)) throw unsupported(table, column, `string check ${def.check}`);
    if (def.check === 'min_length') minLength = Math.max(minLength, (def as z.core.$ZodCheckMinLengthDef).minimum);
    if (def.check === 'string_format') {
      const format = def as z.core.$ZodCheckStringFormatDef;
      if (format.format !== 'regex' || !format.pattern) throw unsupported(table, column, `string format ${format.format}`);
      patterns.push(format.pattern);
    }
  }
  if (patterns.length > 1) throw unsupported(table, column, `${patterns.length} regex checks`);
  const [pattern] = patterns;
  return {
    type: 'string',
    required: minLength > 0 || (pattern !== undefined && !pattern.test('')),
    ...(pattern ? { pattern: pattern.source } : {}),
  };
}

function columnContract(table: string, column: string, schema: z.core.$ZodType): ColumnContract {
  const declared = declaredContracts.get(schema);
  if (declared) {
    return {
      type: declared.type,
      required: declared.required,
      ...(declared.enum ? { enum: declared.enum } : {}),
      ...(declared.pattern ? { pattern: declared.pattern.source } : {}),
    };
  }
  if (schema instanceof z.ZodEnum) return { type: 'string', required: true, enum: schema.options.map(String) };
  if (schema instanceof z.ZodString) return stringContract(table, column, schema);
  throw unsupported(table, column, `a zod ${schema._zod.def.type} without a declared contract`);
}

/** The contract of every column of a table's schema, in the schema's (and the CSV's) column order. */
export function schemaColumns(table: string, schema: z.ZodObject): Record<string, ColumnContract> {
  return Object.fromEntries(Object.entries(schema.shape).map(([column, columnSchema]) => [column, columnContract(table, column, columnSchema)]));
}
