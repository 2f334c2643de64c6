import { UNIT_CODES } from './units';
import type { TableName } from './schema';
import {
  ATTRIBUTES, COMPLETENESS, DOC_TYPES, DOMAINS, LEVELS, NATURES, ORIGINS, PRECISIONS, PROJECT_CATEGORIES,
  PERIODS, QUALIFIER_MEANINGS, QUALIFIERS, SCRIPTS, VALUE_KINDS, YEAR_BASES, YEAR_BASIS_MEANINGS,
} from './vocabulary';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'year' | 'date';

export interface FieldDoc {
  type: FieldType;
  required: boolean;
  description: string;
  enum?: readonly string[];
  pattern?: string;
  /** For numeric fields: what the number is measured in. */
  unit?: string;
}

/**
 * How the published CSV files protect spreadsheet users (OWASP CSV injection);
 * shown in datapackage.json, the dictionary page and the data page. The JSON
 * and Parquet copies keep every cell exactly as written.
 */
export const CSV_FORMULA_NOTE_EN =
  "In the CSV files (table downloads, the ZIP and chart CSVs), text cells that begin with = + - @ tab or CR are prefixed with an apostrophe ' so spreadsheets do not run them as formulas; strip it to get the text as written. Numbers are never prefixed (a value of -2 stays -2). The JSON and Parquet copies hold the text unchanged.";

const req = (type: FieldType, description: string, extra: Partial<FieldDoc> = {}): FieldDoc => ({ type, required: true, description, ...extra });
const opt = (type: FieldType, description: string, extra: Partial<FieldDoc> = {}): FieldDoc => ({ type, required: false, description, ...extra });
const ID = '^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$';
const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';
const CODE = '^\\d{6}$';

/**
 * What every published column means: the one place the data dictionary is
 * written. datapackage.json and the dictionary page are generated from it, and
 * a test checks it names exactly the columns of the zod schemas.
 */
export const FIELD_DOCS: Record<TableName, Record<string, FieldDoc>> = {
  regions: {
    region_code: req('string', 'GB/T 2260 administrative code of the region', { pattern: CODE }),
    name_zh: req('string', 'Name in Chinese'),
    name_en: req('string', 'Name in English (our translation)'),
    level: req('string', 'Administrative level', { enum: LEVELS }),
    parent_code: req('string', 'GB/T 2260 code of the parent region or province', { pattern: CODE }),
    province_zh: req('string', 'Province in Chinese'),
    province_en: req('string', 'Province in English'),
  },
  documents: {
    doc_id: req('string', 'Readable identifier of the source document', { pattern: SLUG }),
    region_code: req('string', 'Region the document is about (regions.region_code)', { pattern: CODE }),
    title_zh: req('string', 'Title in Chinese (ours when the page gives none; see title_note_en)'),
    title_en: req('string', 'Title in English (our translation)'),
    doc_type: req('string', 'Kind of document', { enum: DOC_TYPES }),
    period_start: req('year', 'First year the document covers'),
    period_end: req('year', 'Last year the document covers'),
    issuer_zh: opt('string', 'Issuing body, when the seed names it (written out in full: the page\'s 区民政局 is the district\'s bureau)'),
    issuer_en: opt('string', 'Issuing body in English (our translation)'),
    published: opt('date', 'Publication date, when the seed states one (公开日期, else 成文日期)'),
    source_url: opt('string', 'Absolute http(s) address of the original page, only when the seed states it'),
    source_site_zh: opt('string', 'Name of the website the seed was copied from, as the seed states it'),
    source_address: opt('string', 'Address of the original page as written in the seed when it is not a full URL (e.g. a path on source_site_zh)'),
    index_no: opt('string', 'Government information-disclosure index number (索引号) as written in the seed; finds the original on the issuer\'s disclosure platform'),
    completeness: req('string', 'Whether the seed is the full document or an excerpt', { enum: COMPLETENESS }),
    original_script: req('string', 'Script of the seed before cleaning', { enum: SCRIPTS }),
    seed_file: req('string', 'File name of the raw seed the cleaned text was made from'),
    title_note_en: opt('string', 'Where the title and date come from'),
  },
  concepts: {
    concept_id: req('string', 'Identifier of a harmonised concept', { pattern: SLUG }),
    name_zh: req('string', 'Name in Chinese'),
    name_en: req('string', 'Name in English (our translation)'),
    unit: req('string', 'Unit values are compared in', { enum: UNIT_CODES }),
    comparability_note_zh: req('string', 'What differs between the documents, in Chinese'),
    comparability_note_en: req('string', 'What differs between the documents, in English'),
  },
  indicators: {
    indicator_id: req('string', '<doc_id>.<slug>: one measurable quantity a document names', { pattern: ID }),
    doc_id: req('string', 'Document (documents.doc_id)', { pattern: SLUG }),
    origin: req('string', 'Whether it comes from an indicator table or running text', { enum: ORIGINS }),
    table_ref: opt('string', 'The table as the document labels it (e.g. 表2)'),
    group_zh: opt('string', "The table's category heading"),
    name_zh: req('string', 'Name in Chinese, as in the table'),
    name_en: req('string', 'Name in English (our translation)'),
    unit: req('string', 'Unit of its values', { enum: UNIT_CODES }),
    attribute: opt('string', 'binding (约束性) or expected (预期性), when the document says', { enum: ATTRIBUTES }),
    domain: req('string', 'Field of civil affairs', { enum: DOMAINS }),
    concept_id: opt('string', 'Harmonised concept for comparison (concepts.concept_id)', { pattern: SLUG }),
    per_capita_count_id: opt('string', 'For a rate per head of a population (per 10,000 people or older people, ‰, or a % share of a population): the indicator of the same document that counts the same quantity (indicators.indicator_id); the two imply the population, which the build checks across pairs', { pattern: ID }),
    duplicate_of: opt('string', "Empty for a canonical series. Otherwise the indicator_id of the same document's row that this one repeats (typically a text mention of a table row, same unit, same figures): kept as a second source for the figures, but not a separate indicator. A duplicate has no concept_id and is left out of comparisons, counts and rankings; use the canonical row. Figures that disagree are never marked as duplicates: they are two indicators with a data note", { pattern: ID }),
    continues: opt('string', "Empty unless the same quantity appears in an earlier document of the same region. Then the indicator_id of that earlier document's row (same unit, not a duplicate_of row): the two are one series across documents, e.g. a five-year plan's 2025 target continued by the figure a 2025 work report gives. A chain A ← B ← C is one series; each row is continued by at most one. Earlier means an earlier period_start, or the same period_start and an earlier published date", { pattern: ID }),
  },
  indicator_values: {
    indicator_id: req('string', 'Indicator (indicators.indicator_id)', { pattern: ID }),
    year: req('year', 'Year the value refers to (for a per_year or cumulative value, the last year of its period)'),
    year_basis: req('string', `Where the year comes from: ${YEAR_BASES.map((b) => `${b} = ${YEAR_BASIS_MEANINGS[b]}`).join('; ')}`, { enum: YEAR_BASES }),
    value_kind: req('string', 'baseline, interim target, target or achieved value', { enum: VALUE_KINDS }),
    period: req('string', 'The time the value covers: point = a level at one time (stock, rate, share, standard); per_year = an amount or rate for each year of period_start–period_end; cumulative = a total over period_start–period_end', { enum: PERIODS }),
    period_start: opt('year', 'First year a per_year or cumulative value covers; empty for a point'),
    period_end: opt('year', 'Last year a per_year or cumulative value covers (equals year); empty for a point'),
    value: req('number', 'The number, in the indicator’s unit', { unit: 'indicators.unit' }),
    qualifier: req('string', `How the value relates to the number: ${QUALIFIERS.map((q) => `${q} = ${QUALIFIER_MEANINGS[q]}`).join('; ')} (release 0.1.0 wrote =, >=, <=, about)`, { enum: QUALIFIERS }),
    value_text: req('string', 'The value exactly as written in the source'),
    source_quote: req('string', 'Exact substring of the cleaned source text that contains value_text'),
  },
  projects: {
    project_id: req('string', '<doc_id>.<slug>', { pattern: ID }),
    doc_id: req('string', 'Document (documents.doc_id)', { pattern: SLUG }),
    name_zh: req('string', 'Name in Chinese'),
    name_en: req('string', 'Name in English (our translation)'),
    category: req('string', 'Kind of facility or programme', { enum: PROJECT_CATEGORIES }),
    nature: req('string', 'new, expansion, renovation, relocation, or programme (a budget without one site)', { enum: NATURES }),
    location_zh: opt('string', 'Location as written'),
    location_en: opt('string', 'Location in English (our translation; place names in pinyin); filled exactly when location_zh is'),
    county_code: req('string', 'GB/T 2260 code of the county, or of the prefecture for city-wide rows', { pattern: CODE }),
    township_zh: opt('string', 'Township or street named in the text'),
    lon: opt('number', 'Longitude of the point (WGS 84 as given by the county polygons); empty for city-wide rows', { unit: 'degree' }),
    lat: opt('number', 'Latitude of the point; empty for city-wide rows', { unit: 'degree' }),
    location_precision: req('string', 'How precise the point is', { enum: PRECISIONS }),
    investment_total_cny: opt('integer', 'Planned total investment', { unit: 'yuan' }),
    investment_total_text: opt('string', 'Total investment as written'),
    investment_in_period_cny: opt('integer', 'Investment planned within the plan period', { unit: 'yuan' }),
    investment_in_period_text: opt('string', 'In-period investment as written'),
    investment_to_date_cny: opt('integer', 'Investment already made when the document was written (e.g. 至2020年底累计完成投资), where it states one', { unit: 'yuan' }),
    investment_to_date_text: opt('string', 'Investment already made, as written'),
    annual_budget_cny: opt('integer', 'Yearly budget of a programme (not a total)', { unit: 'yuan per year' }),
    annual_budget_text: opt('string', 'Yearly budget as written'),
    beds: opt('integer', 'Beds', { unit: 'beds' }),
    floor_area_m2: opt('number', 'Floor area', { unit: 'square metre' }),
    site_area_m2: opt('number', 'Site area', { unit: 'square metre' }),
    site_area_mu: opt('number', 'Site area in 亩 (1 亩 ≈ 666.7 m²; not converted)', { unit: 'mu' }),
    start_year: opt('year', 'Planned start year, when written'),
    end_year: opt('year', 'Planned completion year, when written'),
    status_zh: opt('string', 'Status as written'),
    implementer_zh: opt('string', 'Implementing body as written'),
    source_quote: req('string', 'Exact substring of the cleaned source text holding every figure of the row'),
  },
  notes: {
    note_id: req('string', '<doc_id>.note-<slug>', { pattern: ID }),
    doc_id: req('string', 'Document (documents.doc_id)', { pattern: SLUG }),
    related_ids: opt('string', 'Indicators and projects the note is about, separated by ;'),
    text_zh: req('string', 'The note in Chinese'),
    text_en: req('string', 'The note in English'),
    quote_a: opt('string', 'A quote from the cleaned text the note rests on'),
    quote_b: opt('string', 'A second quote, when the note compares two places'),
  },
};

/**
 * Columns the published tables add after the curated ones: worked out from the validated data,
 * never typed by a curator, so they are not in data/*.csv or the zod schemas
 * (src/lib/data/publishedColumns.ts computes them).
 */
export const DERIVED_FIELDS: Partial<Record<TableName, Record<string, FieldDoc>>> = {
  indicator_values: {
    value_cny: opt('number', 'The value in yuan (元), for indicators whose unit is money, so every amount can be summed or compared in one unit: 万元 × 10,000, 亿元 × 100,000,000, worked on the decimal digits (exact, e.g. 1133.9 万元 = 11339000); per-person amounts (yuan per person per month or year) are already in yuan and keep that basis. The qualifier applies to it as to value. Empty for every other unit. Derived, not in the curated file', { unit: 'yuan' }),
  },
};

/** Every column of a published table (CSV, JSON, Parquet, datapackage.json): the curated ones, then the derived ones. */
export function publishedFields(name: TableName): Record<string, FieldDoc> {
  return { ...FIELD_DOCS[name], ...DERIVED_FIELDS[name] };
}

export const PRIMARY_KEYS: Record<TableName, string[]> = {
  regions: ['region_code'],
  documents: ['doc_id'],
  concepts: ['concept_id'],
  indicators: ['indicator_id'],
  indicator_values: ['indicator_id', 'year', 'value_kind'],
  projects: ['project_id'],
  notes: ['note_id'],
};

export const FOREIGN_KEYS: Partial<Record<TableName, { fields: string; reference: { resource: TableName; fields: string } }[]>> = {
  documents: [{ fields: 'region_code', reference: { resource: 'regions', fields: 'region_code' } }],
  indicators: [
    { fields: 'doc_id', reference: { resource: 'documents', fields: 'doc_id' } },
    { fields: 'concept_id', reference: { resource: 'concepts', fields: 'concept_id' } },
    { fields: 'duplicate_of', reference: { resource: 'indicators', fields: 'indicator_id' } },
    { fields: 'continues', reference: { resource: 'indicators', fields: 'indicator_id' } },
  ],
  indicator_values: [{ fields: 'indicator_id', reference: { resource: 'indicators', fields: 'indicator_id' } }],
  projects: [{ fields: 'doc_id', reference: { resource: 'documents', fields: 'doc_id' } }],
  notes: [{ fields: 'doc_id', reference: { resource: 'documents', fields: 'doc_id' } }],
};
