import { z } from 'zod';
import { UNIT_CODES } from './units';
import {
  ATTRIBUTES, COMPLETENESS, DOC_TYPES, DOMAINS, LEVELS, NATURES, ORIGINS, PRECISIONS,
  PROJECT_CATEGORIES, QUALIFIERS, SCRIPTS, VALUE_KINDS,
} from './vocabulary';

// Every CSV field arrives as a string; these turn it into a typed value with a
// message a curator can act on. An empty optional field becomes null.

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

const text = () => z.string().trim().min(1, { error: 'is empty' });
const optionalText = () => z.string().trim().transform((s) => (s === '' ? null : s));

function numberField(pattern: RegExp, what: string) {
  return z.string().trim().transform((s, ctx) => {
    if (!pattern.test(s)) {
      ctx.addIssue({ code: 'custom', message: s === '' ? 'is empty' : `"${s}" is not ${what}` });
      return z.NEVER;
    }
    return Number(s);
  });
}
function optionalNumberField(pattern: RegExp, what: string) {
  return z.string().trim().transform((s, ctx) => {
    if (s === '') return null;
    if (!pattern.test(s)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not ${what}` });
      return z.NEVER;
    }
    return Number(s);
  });
}
const number = () => numberField(NUMBER, 'a number');
const optionalNumber = () => optionalNumberField(NUMBER, 'a number');
const optionalInteger = () => optionalNumberField(INTEGER, 'a whole number');
const year = () => numberField(/^\d{4}$/, 'a four-digit year');
const optionalYear = () => optionalNumberField(/^\d{4}$/, 'a four-digit year');

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
  });
}

const regionCode = () => z.string().trim().regex(/^\d{6}$/, { error: 'is not a six-digit GB/T 2260 code' });
const slug = () => z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and hyphens' });
const dottedId = () => z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must look like <doc_id>.<slug> (lowercase letters, digits, hyphens)' });
const date = () => z.string().trim().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'is not a date YYYY-MM-DD' }).transform((s) => (s === '' ? null : s));

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
  published: date(),
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
  concept_id: optionalText(),
});

export const indicatorValueSchema = z.object({
  indicator_id: dottedId(),
  year: year(),
  value_kind: oneOf(VALUE_KINDS),
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
  county_code: regionCode(),
  township_zh: optionalText(),
  lon: optionalNumber(),
  lat: optionalNumber(),
  location_precision: oneOf(PRECISIONS),
  investment_total_cny: optionalInteger(),
  investment_total_text: optionalText(),
  investment_in_period_cny: optionalInteger(),
  investment_in_period_text: optionalText(),
  annual_budget_cny: optionalInteger(),
  annual_budget_text: optionalText(),
  beds: optionalInteger(),
  floor_area_m2: optionalNumber(),
  site_area_m2: optionalNumber(),
  site_area_mu: optionalNumber(),
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
  related_ids: z.string().trim().transform((s) => (s === '' ? [] : s.split(';').map((x) => x.trim()))),
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
