import { z } from 'zod';
import { declaredContracts } from './schemaFields';
import { UNIT_CODES } from './units';
import {
  ATTRIBUTES, COMPLETENESS, DOC_TYPES, DOMAINS, LEVELS, NATURES, ORIGINS, PRECISIONS,
  PERIODS, PROJECT_CATEGORIES, QUALIFIERS, SCRIPTS, VALUE_KINDS, YEAR_BASES,
} from './vocabulary';

// Every CSV field arrives as a string; these turn it into a typed value with a
// message a curator can act on. An empty optional field becomes null. A builder whose
// schema ends in a transform registers its contract (declaredContracts): the data
// dictionary reads it there, as zod cannot look inside the transform.

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Years the data can speak of: from 1949 to a far target; anything else is a typing slip. */
export const YEAR_RANGE = [1949, 2100] as const;

const text = () => z.string().trim().min(1, { error: 'is empty' });
const optionalText = () =>
  z.string().trim().transform((s) => (s === '' ? null : s)).register(declaredContracts, { type: 'string', required: false });

interface Bounds {
  /** What the column holds; integer and year take whole numbers only, within ±Number.MAX_SAFE_INTEGER (exact in JS, and within Parquet's INT64). */
  type: 'number' | 'integer' | 'year';
  /** Counts, money and areas cannot be negative. */
  min?: number;
  max?: number;
  /** How to say the range in a message. */
  range?: string;
}

/**
 * A number cell: digits only (no 1e5, NaN, Infinity, 1,000 or full-width １２), and
 * within bounds, so nothing the validator accepts can overflow the Parquet writer
 * or lose precision in JS.
 */
function parseNumber(s: string, what: string, b: Bounds): { ok: true; n: number } | { ok: false; message: string } {
  const integer = b.type !== 'number';
  const pattern = integer ? INTEGER : NUMBER;
  if (!pattern.test(s)) {
    const hint = /[０-９]/.test(s) ? ' (full-width digits: use 0-9)' : /^-?\d[\d,]*,\d{3}(\.\d+)?$/.test(s) ? ' (no thousands separators)' : '';
    return { ok: false, message: `"${s.length > 30 ? `${s.slice(0, 30)}…` : s}" is not ${what}${hint}` };
  }
  const n = Number(s);
  if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER || (integer && !Number.isSafeInteger(n))) {
    return { ok: false, message: `"${s.length > 30 ? `${s.slice(0, 30)}…` : s}" is too large (beyond ±${Number.MAX_SAFE_INTEGER})` };
  }
  if ((b.min !== undefined && n < b.min) || (b.max !== undefined && n > b.max)) {
    return { ok: false, message: b.range ? `${s} is outside ${b.range}` : `${s} is negative` };
  }
  return { ok: true, n: n === 0 ? 0 : n }; // no -0
}

function numberField(what: string, bounds: Bounds) {
  return z.string().trim().transform((s, ctx) => {
    if (s === '') {
      ctx.addIssue({ code: 'custom', message: 'is empty' });
      return z.NEVER;
    }
    const r = parseNumber(s, what, bounds);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.n;
  }).register(declaredContracts, { type: bounds.type, required: true });
}
function optionalNumberField(what: string, bounds: Bounds) {
  return z.string().trim().transform((s, ctx) => {
    if (s === '') return null;
    const r = parseNumber(s, what, bounds);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.n;
  }).register(declaredContracts, { type: bounds.type, required: false });
}
const YEAR_BOUNDS: Bounds = { type: 'year', min: YEAR_RANGE[0], max: YEAR_RANGE[1], range: `${YEAR_RANGE[0]}–${YEAR_RANGE[1]}` };
const number = () => numberField('a number', { type: 'number' });
const optionalAmount = () => optionalNumberField('a number', { type: 'number', min: 0 });
const optionalCount = () => optionalNumberField('a whole number', { type: 'integer', min: 0 });
const year = () => numberField('a four-digit year', YEAR_BOUNDS);
const optionalYear = () => optionalNumberField('a four-digit year', YEAR_BOUNDS);
// China spans about 73–135°E and 3–54°N: a point outside is a slip (or lon and lat swapped).
const lon = () => optionalNumberField('a number', { type: 'number', min: 73, max: 136, range: 'China (longitude 73–136°E; lon and lat swapped?)' });
const lat = () => optionalNumberField('a number', { type: 'number', min: 3, max: 54, range: 'China (latitude 3–54°N; lon and lat swapped?)' });

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `"${String(issue.input)}" is not one of: ${values.join(', ')}` });
}
function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().trim().transform((s, ctx): T[number] | null => {
    if (s === '') return null;
    if (!(values as readonly string[]).includes(s)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not one of: ${values.join(', ')}` });
      return z.NEVER;
    }
    return s as T[number];
  }).register(declaredContracts, { type: 'string', required: false, enum: values });
}

// Identifiers are taken as written (not trimmed): the CSV is published as it is, and
// " demo-plan" would be a different key to anyone joining the tables. The pattern is a
// .regex check so that the data dictionary reads it from the schema; the spaces check
// aborts first so a cell gets one message, not two.
const SPACES = /^\s|\s$/;
function identifier(pattern: RegExp, error: string) {
  return z.string().refine((s) => !SPACES.test(s), { error: 'has spaces at the start or end', abort: true }).regex(pattern, { error });
}
const regionCode = () => identifier(/^\d{6}$/, 'is not a six-digit GB/T 2260 code');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_ERROR = 'must be lowercase letters, digits and hyphens';
const slug = () => identifier(SLUG, SLUG_ERROR);
export const DOTTED_ID = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;
export const DOTTED_ID_ERROR = 'must look like <doc_id>.<slug> (lowercase letters, digits, hyphens)';
const dottedId = () => identifier(DOTTED_ID, DOTTED_ID_ERROR);
/** An identifier or an empty cell (null): a reference to another table's key, held to that key's pattern. */
const optionalIdentifier = (pattern: RegExp, error: string) =>
  z.string().transform((s, ctx): string | null => {
    if (s === '') return null;
    if (SPACES.test(s)) ctx.addIssue({ code: 'custom', message: 'has spaces at the start or end' });
    else if (!pattern.test(s)) ctx.addIssue({ code: 'custom', message: error });
    else return s;
    return z.NEVER;
  }).register(declaredContracts, { type: 'string', required: false, pattern });
const optionalDottedId = () => optionalIdentifier(DOTTED_ID, DOTTED_ID_ERROR);
const optionalSlug = () => optionalIdentifier(SLUG, SLUG_ERROR);

/** A real calendar day YYYY-MM-DD (no 2021-02-30), within the years the data can speak of. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
const date = () =>
  z.string().trim().transform((s, ctx) => {
    if (s === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 30)}" is not a date YYYY-MM-DD` });
    else if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: `"${s}" is not a calendar date` });
    else if (Number(s.slice(0, 4)) < YEAR_RANGE[0] || Number(s.slice(0, 4)) > YEAR_RANGE[1]) ctx.addIssue({ code: 'custom', message: `${s} is outside ${YEAR_RANGE[0]}–${YEAR_RANGE[1]}` });
    else return s;
    return z.NEVER;
  }).register(declaredContracts, { type: 'date', required: false });

/**
 * The original's address: an absolute http(s) URL (no javascript:, data: or relative
 * paths), as the seed states it; empty when the seed names none.
 */
export function isWebAddress(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return new URL(s).hostname !== '';
  } catch {
    return false;
  }
}
const webAddress = () =>
  z.string().trim().transform((s, ctx) => {
    if (s === '') return null;
    if (isWebAddress(s)) return s;
    ctx.addIssue({ code: 'custom', message: `"${s.length > 30 ? `${s.slice(0, 30)}…` : s}" is not an http(s) address` });
    return z.NEVER;
  }).register(declaredContracts, { type: 'string', required: false });

export const regionSchema = z.object({
  region_code: regionCode(),
  name_zh: text(),
  name_en: text(),
  level: oneOf(LEVELS),
  parent_code: regionCode(),
  province_zh: text(),
  province_en: text(),
});

export const documentSchema = z.object({
  doc_id: slug(),
  region_code: regionCode(),
  title_zh: text(),
  title_en: text(),
  doc_type: oneOf(DOC_TYPES),
  period_start: year(),
  period_end: year(),
  issuer_zh: optionalText(),
  issuer_en: optionalText(),
  published: date(),
  source_url: webAddress(),
  source_site_zh: optionalText(),
  source_address: optionalText(),
  index_no: optionalText(),
  completeness: oneOf(COMPLETENESS),
  original_script: oneOf(SCRIPTS),
  seed_file: text(),
  title_note_en: optionalText(),
});

export const indicatorSchema = z.object({
  indicator_id: dottedId(),
  doc_id: slug(),
  origin: oneOf(ORIGINS),
  table_ref: optionalText(),
  group_zh: optionalText(),
  name_zh: text(),
  name_en: text(),
  unit: oneOf(UNIT_CODES),
  attribute: optionalOneOf(ATTRIBUTES),
  domain: oneOf(DOMAINS),
  concept_id: optionalSlug(),
  per_capita_count_id: optionalDottedId(),
  /** The canonical indicator of the same document that this row repeats (a text mention of a table row), or null. */
  duplicate_of: optionalDottedId(),
  /** The indicator of the same region's earlier document that measures the same quantity (one series across documents), or null. */
  continues: optionalDottedId(),
});

export const indicatorValueSchema = z.object({
  indicator_id: dottedId(),
  year: year(),
  year_basis: oneOf(YEAR_BASES),
  value_kind: oneOf(VALUE_KINDS),
  period: oneOf(PERIODS),
  period_start: optionalYear(),
  period_end: optionalYear(),
  value: number(),
  qualifier: oneOf(QUALIFIERS),
  value_text: text(),
  source_quote: text(),
});

export const projectSchema = z.object({
  project_id: dottedId(),
  doc_id: slug(),
  name_zh: text(),
  name_en: text(),
  category: oneOf(PROJECT_CATEGORIES),
  nature: oneOf(NATURES),
  location_zh: optionalText(),
  location_en: optionalText(),
  county_code: regionCode(),
  township_zh: optionalText(),
  lon: lon(),
  lat: lat(),
  location_precision: oneOf(PRECISIONS),
  investment_total_cny: optionalCount(),
  investment_total_text: optionalText(),
  investment_in_period_cny: optionalCount(),
  investment_in_period_text: optionalText(),
  investment_to_date_cny: optionalCount(),
  investment_to_date_text: optionalText(),
  annual_budget_cny: optionalCount(),
  annual_budget_text: optionalText(),
  beds: optionalCount(),
  floor_area_m2: optionalAmount(),
  site_area_m2: optionalAmount(),
  site_area_mu: optionalAmount(),
  start_year: optionalYear(),
  end_year: optionalYear(),
  status_zh: optionalText(),
  implementer_zh: optionalText(),
  source_quote: text(),
});

export const conceptSchema = z.object({
  concept_id: slug(),
  name_zh: text(),
  name_en: text(),
  unit: oneOf(UNIT_CODES),
  comparability_note_zh: text(),
  comparability_note_en: text(),
});

export const noteSchema = z.object({
  note_id: dottedId(),
  doc_id: slug(),
  related_ids: z.string().trim().transform((s) => (s === '' ? [] : s.split(';').map((x) => x.trim()))).register(declaredContracts, { type: 'string', required: false }),
  text_zh: text(),
  text_en: text(),
  quote_a: optionalText(),
  quote_b: optionalText(),
});

export type Region = z.infer<typeof regionSchema>;
export type DocumentRow = z.infer<typeof documentSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Note = z.infer<typeof noteSchema>;

/** The published tables, in the order they are validated and listed. */
export const TABLES = {
  regions: regionSchema,
  documents: documentSchema,
  concepts: conceptSchema,
  indicators: indicatorSchema,
  indicator_values: indicatorValueSchema,
  projects: projectSchema,
  notes: noteSchema,
} as const;
export type TableName = keyof typeof TABLES;

export interface Dataset {
  regions: Region[];
  documents: DocumentRow[];
  concepts: Concept[];
  indicators: Indicator[];
  indicator_values: IndicatorValue[];
  projects: Project[];
  notes: Note[];
  /** Cleaned source text of each document, by doc_id. */
  sources: Record<string, string>;
}
