import { TABLES, type TableName } from './schema';
import { schemaColumns, type ColumnContract } from './schemaFields';
import { QUALIFIER_MEANINGS, QUALIFIERS, YEAR_BASES, YEAR_BASIS_MEANINGS } from './vocabulary';

export type { FieldType } from './schemaFields';

/**
 * One column of the data dictionary: type, required, enum and pattern as its zod schema
 * accepts (schemaFields.ts), description and unit as written here.
 */
export interface FieldDoc extends ColumnContract {
  description: string;
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

/** A column's description, with its unit when the column holds a measured number. */
type ColumnNote = string | { description: string; unit: string };

/**
 * What every curated column means, in words: the one place the data dictionary is written.
 * The compiler holds each table to exactly its schema's columns.
 */
const COLUMN_NOTES: { [T in TableName]: Record<keyof (typeof TABLES)[T]['shape'], ColumnNote> } = {
  regions: {
    region_code: 'GB/T 2260 administrative code of the region',
    name_zh: 'Name in Chinese',
    name_en: 'Name in English (our translation)',
    level: 'Administrative level',
    parent_code: 'GB/T 2260 code of the parent region or province',
    province_zh: 'Province in Chinese',
    province_en: 'Province in English',
  },
  documents: {
    doc_id: 'Readable identifier of the source document',
    region_code: 'Region the document is about (regions.region_code)',
    title_zh: 'Title in Chinese (ours when the page gives none; see title_note_en)',
    title_en: 'Title in English (our translation)',
    doc_type: 'Kind of document',
    period_start: 'First year the document covers',
    period_end: 'Last year the document covers',
    issuer_zh: 'Issuing body, when the seed names it (written out in full: the page\'s 区民政局 is the district\'s bureau)',
    issuer_en: 'Issuing body in English (our translation)',
    published: 'Publication date, when the seed states one (公开日期, else 成文日期)',
    source_url: 'Absolute http(s) address of the original page, only when the seed states it',
    source_site_zh: 'Name of the website the seed was copied from, as the seed states it',
    source_address: 'Address of the original page as written in the seed when it is not a full URL (e.g. a path on source_site_zh)',
    index_no: 'Government information-disclosure index number (索引号) as written in the seed; finds the original on the issuer\'s disclosure platform',
    completeness: 'Whether the seed is the full document or an excerpt',
    original_script: 'Script of the seed before cleaning',
    seed_file: 'File name of the raw seed the cleaned text was made from',
    title_note_en: 'Where the title and date come from',
  },
  concepts: {
    concept_id: 'Identifier of a harmonised concept',
    name_zh: 'Name in Chinese',
    name_en: 'Name in English (our translation)',
    unit: 'Unit values are compared in',
    comparability_note_zh: 'What differs between the documents, in Chinese',
    comparability_note_en: 'What differs between the documents, in English',
  },
  indicators: {
    indicator_id: '<doc_id>.<slug>: one measurable quantity a document names',
    doc_id: 'Document (documents.doc_id)',
    origin: 'Whether it comes from an indicator table or running text',
    table_ref: 'The table as the document labels it (e.g. 表2)',
    group_zh: "The table's category heading",
    name_zh: 'Name in Chinese, as in the table',
    name_en: 'Name in English (our translation)',
    unit: 'Unit of its values',
    attribute: 'binding (约束性) or expected (预期性), when the document says',
    domain: 'Field of civil affairs',
    concept_id: 'Harmonised concept for comparison (concepts.concept_id)',
    per_capita_count_id: 'For a rate per head of a population (per 10,000 people or older people, ‰, or a % share of a population): the indicator of the same document that counts the same quantity (indicators.indicator_id); the two imply the population, which the build checks across pairs',
    duplicate_of: "Empty for a canonical series. Otherwise the indicator_id of the same document's row that this one repeats (typically a text mention of a table row, same unit, same figures): kept as a second source for the figures, but not a separate indicator. A duplicate has no concept_id and is left out of comparisons, counts and rankings; use the canonical row. Figures that disagree are never marked as duplicates: they are two indicators with a data note",
    continues: "Empty unless the same quantity appears in an earlier document of the same region. Then the indicator_id of that earlier document's row (same unit, not a duplicate_of row): the two are one series across documents, e.g. a five-year plan's 2025 target continued by the figure a 2025 work report gives. A chain A ← B ← C is one series; each row is continued by at most one. Earlier means an earlier period_start, or the same period_start and an earlier published date",
  },
  indicator_values: {
    indicator_id: 'Indicator (indicators.indicator_id)',
    year: 'Year the value refers to (for a per_year or cumulative value, the last year of its period)',
    year_basis: `Where the year comes from: ${YEAR_BASES.map((b) => `${b} = ${YEAR_BASIS_MEANINGS[b]}`).join('; ')}`,
    value_kind: 'baseline, interim target, target or achieved value',
    period: 'The time the value covers: point = a level at one time (stock, rate, share, standard); per_year = an amount or rate for each year of period_start–period_end; cumulative = a total over period_start–period_end',
    period_start: 'First year a per_year or cumulative value covers; empty for a point',
    period_end: 'Last year a per_year or cumulative value covers (equals year); empty for a point',
    value: { description: 'The number, in the indicator’s unit', unit: 'indicators.unit' },
    qualifier: `How the value relates to the number: ${QUALIFIERS.map((q) => `${q} = ${QUALIFIER_MEANINGS[q]}`).join('; ')} (release 0.1.0 wrote =, >=, <=, about)`,
    value_text: 'The value exactly as written in the source',
    source_quote: 'Exact substring of the cleaned source text that contains value_text',
  },
  projects: {
    project_id: '<doc_id>.<slug>',
    doc_id: 'Document (documents.doc_id)',
    name_zh: 'Name in Chinese',
    name_en: 'Name in English (our translation)',
    category: 'Kind of facility or programme',
    nature: 'new, expansion, renovation, relocation, or programme (a budget without one site)',
    location_zh: 'Location as written',
    location_en: 'Location in English (our translation; place names in pinyin); filled exactly when location_zh is',
    county_code: 'GB/T 2260 code of the county, or of the prefecture for city-wide rows',
    township_zh: 'Township or street named in the text',
    lon: { description: 'Longitude of the point (WGS 84 as given by the county polygons); empty for city-wide rows', unit: 'degree' },
    lat: { description: 'Latitude of the point; empty for city-wide rows', unit: 'degree' },
    location_precision: 'How precise the point is',
    investment_total_cny: { description: 'Planned total investment', unit: 'yuan' },
    investment_total_text: 'Total investment as written',
    investment_in_period_cny: { description: 'Investment planned within the plan period', unit: 'yuan' },
    investment_in_period_text: 'In-period investment as written',
    investment_to_date_cny: { description: 'Investment already made when the document was written (e.g. 至2020年底累计完成投资), where it states one', unit: 'yuan' },
    investment_to_date_text: 'Investment already made, as written',
    annual_budget_cny: { description: 'Yearly budget of a programme (not a total)', unit: 'yuan per year' },
    annual_budget_text: 'Yearly budget as written',
    beds: { description: 'Beds', unit: 'beds' },
    floor_area_m2: { description: 'Floor area', unit: 'square metre' },
    site_area_m2: { description: 'Site area', unit: 'square metre' },
    site_area_mu: { description: 'Site area in 亩 (1 亩 ≈ 666.7 m²; not converted)', unit: 'mu' },
    start_year: 'Planned start year, when written',
    end_year: 'Planned completion year, when written',
    status_zh: 'Status as written',
    implementer_zh: 'Implementing body as written',
    source_quote: 'Exact substring of the cleaned source text holding every figure of the row',
  },
  notes: {
    note_id: '<doc_id>.note-<slug>',
    doc_id: 'Document (documents.doc_id)',
    related_ids: 'Indicators and projects the note is about, separated by ;',
    text_zh: 'The note in Chinese',
    text_en: 'The note in English',
    quote_a: 'A quote from the cleaned text the note rests on',
    quote_b: 'A second quote, when the note compares two places',
  },
};

/** A curated table's dictionary: each column's contract from its schema beside its note, in the CSV's column order. */
function documentTable(table: TableName, notes: Readonly<Record<string, ColumnNote>>): Record<string, FieldDoc> {
  return Object.fromEntries(Object.entries(schemaColumns(table, TABLES[table])).map(([column, contract]): [string, FieldDoc] => {
    const note = notes[column];
    if (note === undefined) throw new Error(`${table}.${column} has no description in COLUMN_NOTES (fieldDocs.ts)`);
    const { description, unit } = typeof note === 'string' ? { description: note, unit: undefined } : note;
    // Key order as published in datapackage.json and the dictionary page.
    return [column, {
      type: contract.type,
      required: contract.required,
      description,
      ...(contract.enum ? { enum: contract.enum } : {}),
      ...(contract.pattern ? { pattern: contract.pattern } : {}),
      ...(unit ? { unit } : {}),
    }];
  }));
}

/**
 * The data dictionary of the curated tables: datapackage.json, the dictionary page and the
 * Parquet schemas are generated from it.
 */
export const FIELD_DOCS = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((table) => [table, documentTable(table, COLUMN_NOTES[table])]),
) as Record<TableName, Record<string, FieldDoc>>;

/**
 * Columns the published tables add after the curated ones: worked out from the validated data,
 * never typed by a curator, so they are not in data/*.csv or the zod schemas
 * (src/lib/data/publishedColumns.ts computes them).
 */
export const DERIVED_FIELDS: Partial<Record<TableName, Record<string, FieldDoc>>> = {
  indicator_values: {
    value_cny: {
      type: 'number',
      required: false,
      description: 'The value in yuan (元), for indicators whose unit is money, so every amount can be summed or compared in one unit: 万元 × 10,000, 亿元 × 100,000,000, worked on the decimal digits (exact, e.g. 1133.9 万元 = 11339000); per-person amounts (yuan per person per month or year) are already in yuan and keep that basis. The qualifier applies to it as to value. Empty for every other unit. Derived, not in the curated file',
      unit: 'yuan',
    },
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
