import type { CsvTable } from '../data/csv';
import type { Dataset, DocumentRow, Indicator, Region, TableName } from '../data/schema';
import { compareIssues, type Issue } from './issues';
import { parseTables } from './parseTables';
import { checkIdPrefix, checkUnique } from './rules/identity';
import type { Counties } from '../data/counties';
import { checkProjectLocations } from './rules/locations';
import { checkNationalRegions } from './rules/nationalRegions';
import { checkNoteWording } from './rules/notes';
import { checkPerCapitaPairs } from './rules/perCapita';
import { checkNoteQuotes, checkProjectQuotes, checkValueQuotes } from './rules/quotes';
import { checkReference } from './rules/references';
import { checkConcepts } from './rules/concepts';
import { checkDuplicates } from './rules/duplicates';
import { checkContinues } from './rules/continues';
import { checkYearsAndPeriods } from './rules/periods';
import { checkQualifierWording } from './rules/qualifiers';
import { checkDocumentYears, checkProjectYears, checkValueYears } from './rules/years';

export interface DatasetInput {
  tables: Record<TableName, CsvTable>;
  /** Cleaned text by doc_id; a document without one is an error. */
  sources: Record<string, string>;
  /** The county polygons, or null when data/geo/counties.geojson could not be used (reported in fileIssues). */
  counties: Counties | null;
  /** Where the polygons come from, for messages (default data/geo/counties.geojson). */
  countiesFile?: string;
  /** Problems found while reading files (encoding, missing, not JSON), already located. */
  fileIssues?: Issue[];
  /** Documents whose cleaned text exists but could not be read (reported in fileIssues). */
  unreadableSources?: string[];
}

export interface ValidationResult {
  dataset: Dataset;
  issues: Issue[];
}

const PROVINCE_CODE = /^\d{2}0000$/;

/** Runs every rule over the whole dataset and returns all issues at once. */
export function validateDataset(input: DatasetInput): ValidationResult {
  const issues: Issue[] = [...(input.fileIssues ?? [])];
  const unreadable = new Set<TableName>();
  const rejected = new Map<TableName, Set<string>>();
  const t = parseTables(input.tables, issues, unreadable, rejected);
  /** Keys of a table's valid rows plus those of rows rejected for their own problems. */
  const keysOf = (name: TableName, valid: Iterable<string>) => new Set([...valid, ...(rejected.get(name) ?? [])]);
  const f = (name: TableName) => input.tables[name].file;
  const geoFile = input.countiesFile ?? 'data/geo/counties.geojson';
  // Checks that lean on a table that could not be read are skipped, with one note
  // each, instead of reporting every row that refers to it.
  const notes = new Set<string>();
  const needs = (from: TableName, what: string, ...targets: TableName[]): boolean => {
    const missing = targets.filter((x) => unreadable.has(x));
    if (!missing.length || unreadable.has(from)) return !missing.length;
    const key = `${from} ${what}`;
    if (!notes.has(key)) {
      notes.add(key);
      issues.push({ file: f(from), line: 1, level: 'skipped', message: `${what} not checked: ${missing.map(f).join(', ')} could not be read` });
    }
    return false;
  };

  checkUnique(f('regions'), t.regions, 'region_code', (r) => r.region_code, issues);
  checkUnique(f('documents'), t.documents, 'doc_id', (r) => r.doc_id, issues);
  checkUnique(f('concepts'), t.concepts, 'concept_id', (r) => r.concept_id, issues);
  checkUnique(f('indicators'), t.indicators, 'indicator_id', (r) => r.indicator_id, issues);
  checkUnique(f('indicator_values'), t.indicator_values, 'value_kind', (r) => `${r.indicator_id} ${r.year} ${r.value_kind}`, issues);
  checkUnique(f('projects'), t.projects, 'project_id', (r) => r.project_id, issues);
  checkUnique(f('notes'), t.notes, 'note_id', (r) => r.note_id, issues);
  checkIdPrefix(f('indicators'), t.indicators, 'indicator_id', issues);
  checkIdPrefix(f('projects'), t.projects, 'project_id', issues);
  checkIdPrefix(f('notes'), t.notes, 'note_id', issues);

  const regions = new Map<string, Region>(t.regions.map(({ row }) => [row.region_code, row]));
  const documents = new Map<string, DocumentRow>(t.documents.map(({ row }) => [row.doc_id, row]));
  const indicators = new Map<string, Indicator>(t.indicators.map(({ row }) => [row.indicator_id, row]));
  const docIds = keysOf('documents', documents.keys());
  const regionCodes = keysOf('regions', regions.keys());

  for (const { line, row } of t.regions) {
    if (!regions.has(row.parent_code) && !PROVINCE_CODE.test(row.parent_code)) {
      issues.push({ file: f('regions'), line, column: 'parent_code', message: `"${row.parent_code}" is neither a region in regions.csv nor a province code (..0000)` });
    }
  }
  checkNationalRegions(f('regions'), t.regions, issues);
  if (needs('documents', 'region_code', 'regions')) checkReference(f('documents'), t.documents, 'region_code', (r) => r.region_code, regionCodes, 'region in regions.csv', issues);
  if (needs('indicators', 'doc_id', 'documents')) checkReference(f('indicators'), t.indicators, 'doc_id', (r) => r.doc_id, docIds, 'document in documents.csv', issues);
  if (needs('indicators', 'concept_id', 'concepts')) checkReference(f('indicators'), t.indicators, 'concept_id', (r) => r.concept_id, keysOf('concepts', t.concepts.map(({ row }) => row.concept_id)), 'concept in concepts.csv', issues);
  checkReference(f('indicators'), t.indicators, 'duplicate_of', (r) => r.duplicate_of, keysOf('indicators', indicators.keys()), 'indicator in indicators.csv', issues);
  checkReference(f('indicators'), t.indicators, 'continues', (r) => r.continues, keysOf('indicators', indicators.keys()), 'indicator in indicators.csv', issues);
  if (needs('indicator_values', 'indicator_id', 'indicators')) checkReference(f('indicator_values'), t.indicator_values, 'indicator_id', (r) => r.indicator_id, keysOf('indicators', indicators.keys()), 'indicator in indicators.csv', issues);
  if (needs('projects', 'doc_id', 'documents')) checkReference(f('projects'), t.projects, 'doc_id', (r) => r.doc_id, docIds, 'document in documents.csv', issues);
  if (needs('notes', 'doc_id', 'documents')) checkReference(f('notes'), t.notes, 'doc_id', (r) => r.doc_id, docIds, 'document in documents.csv', issues);
  checkPerCapitaPairs(f('indicators'), t.indicators, indicators, keysOf('indicators', indicators.keys()), issues);
  const relatable = new Set([...keysOf('indicators', indicators.keys()), ...keysOf('projects', t.projects.map(({ row }) => row.project_id))]);
  if (needs('notes', 'related_ids', 'indicators', 'projects')) checkReference(f('notes'), t.notes, 'related_ids', (r) => r.related_ids, relatable, 'indicator or project', issues);

  const unreadableSources = new Set(input.unreadableSources ?? []);
  for (const { line, row } of t.documents) {
    if (input.sources[row.doc_id] === undefined && !unreadableSources.has(row.doc_id)) issues.push({ file: f('documents'), line, column: 'doc_id', message: `no cleaned text at data/sources/${row.doc_id}.txt` });
  }
  for (const id of [...unreadableSources].sort()) {
    issues.push({ file: `${f('documents').replace(/documents\.csv$/, '')}sources/${id}.txt`, line: 1, level: 'skipped', message: 'quotes from this text not checked: it could not be read' });
  }
  for (const { line, row } of t.indicators) {
    if (row.origin === 'table' && row.table_ref === null) issues.push({ file: f('indicators'), line, column: 'table_ref', message: 'is empty (needed when origin is table)' });
  }

  checkDocumentYears(f('documents'), t.documents, issues);
  checkValueYears(f('indicator_values'), t.indicator_values, indicators, documents, issues);
  checkProjectYears(f('projects'), t.projects, issues);
  if (needs('indicator_values', 'quotes', 'indicators', 'documents')) {
    checkValueQuotes(f('indicator_values'), t.indicator_values, indicators, input.sources, issues);
    checkYearsAndPeriods(f('indicator_values'), t.indicator_values, indicators, documents, input.sources, issues);
  }
  checkQualifierWording(f('indicator_values'), t.indicator_values, issues);
  checkProjectQuotes(f('projects'), t.projects, input.sources, issues);
  checkNoteQuotes(f('notes'), t.notes, input.sources, issues);
  checkNoteWording(f('notes'), t.notes, {
    indicator: keysOf('indicators', indicators.keys()),
    project: keysOf('projects', t.projects.map(({ row }) => row.project_id)),
    concept: keysOf('concepts', t.concepts.map(({ row }) => row.concept_id)),
    document: docIds,
    note: keysOf('notes', t.notes.map(({ row }) => row.note_id)),
  }, issues);
  if (input.counties === null) {
    if (t.projects.length) issues.push({ file: f('projects'), line: 1, level: 'skipped', message: `locations not checked: ${geoFile} could not be read` });
  } else if (needs('projects', 'locations', 'regions')) checkProjectLocations(f('projects'), t.projects, input.counties, regions, issues, geoFile);
  checkDuplicates(f('indicators'), f('indicator_values'), t.indicators, t.indicator_values, issues);
  // Without documents.csv the region and order checks find no documents and are left out; the doc_id check notes why.
  checkContinues(f('indicators'), t.indicators, documents, issues);
  if (needs('concepts', 'concept links', 'indicators', 'documents')) checkConcepts(f('concepts'), f('indicators'), t.concepts, t.indicators, documents, issues);

  issues.sort(compareIssues);
  const rows = <K extends TableName>(name: K) => t[name].map((x) => x.row) as Dataset[K];
  return {
    dataset: {
      regions: rows('regions'),
      documents: rows('documents'),
      concepts: rows('concepts'),
      indicators: rows('indicators'),
      indicator_values: rows('indicator_values'),
      projects: rows('projects'),
      notes: rows('notes'),
      sources: input.sources,
    },
    issues,
  };
}
