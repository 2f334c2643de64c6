// The projects draft a curator opens in a spreadsheet beside the values draft: one row per project
// the text describes, UTF-8 with a BOM (so Excel reads Chinese), cells made spreadsheet-safe by toCsv.
// The columns are data/projects.csv's without the point (county_code, lon, lat, location_precision),
// which the accept step takes from the region.
import { toCsv, type CsvColumnType } from '../data/csv';
import type { ProjectDraftRow } from './projectDraftRow';

export const PROJECT_DRAFT_COLUMNS = [
  'accept', 'project_id', 'doc_id', 'name_zh', 'name_en', 'category', 'nature', 'location_zh', 'location_en', 'township_zh',
  'investment_total_cny', 'investment_total_text', 'investment_in_period_cny', 'investment_in_period_text',
  'investment_to_date_cny', 'investment_to_date_text', 'annual_budget_cny', 'annual_budget_text',
  'beds', 'floor_area_m2', 'site_area_m2', 'site_area_mu', 'start_year', 'end_year', 'status_zh', 'implementer_zh', 'source_quote',
] as const;

const TYPES: Readonly<Record<string, CsvColumnType>> = {
  investment_total_cny: 'integer', investment_in_period_cny: 'integer', investment_to_date_cny: 'integer', annual_budget_cny: 'integer',
  beds: 'integer', floor_area_m2: 'number', site_area_m2: 'number', site_area_mu: 'number', start_year: 'year', end_year: 'year',
};

/** The CSV text of a projects draft. `accept` is left empty: the curator writes y (keep) or n (drop). */
export function projectDraftCsv(rows: readonly ProjectDraftRow[]): string {
  const records = rows.map((r) => ({ ...r, accept: '' }));
  return `\ufeff${toCsv(PROJECT_DRAFT_COLUMNS, records, { newline: '\r\n', types: TYPES })}`;
}
