// One drafted project: the columns of data/projects.csv a text can propose (not the point, which
// the accept step takes from the region), and where its quote stands in the text.
import { NAME_EN_MARKER } from '../format/localName';
import type { ProjectFigures } from './projectFigures';
import type { ProjectCategory, ProjectNature } from './projectWords';

/** The figures a project row shares with what projectFigures.ts reads from a description. */
type RowFigures = Pick<ProjectFigures, 'beds' | 'floor_area_m2' | 'site_area_m2' | 'site_area_mu' | 'start_year' | 'end_year'>;

export interface ProjectDraftRow extends RowFigures {
  /** Offsets of source_quote in the text, and its line (not written to the CSV; used to measure drafts). */
  start: number;
  end: number;
  line: number;
  /** Left empty: the accept step derives it from doc_id and the English name. */
  project_id: '';
  doc_id: string;
  name_zh: string;
  name_en: string;
  category: ProjectCategory;
  nature: ProjectNature;
  location_zh: string | null;
  location_en: string | null;
  township_zh: string | null;
  investment_total_cny: number | null;
  investment_total_text: string | null;
  investment_in_period_cny: number | null;
  investment_in_period_text: string | null;
  investment_to_date_cny: number | null;
  investment_to_date_text: string | null;
  annual_budget_cny: number | null;
  annual_budget_text: string | null;
  status_zh: string | null;
  implementer_zh: string | null;
  source_quote: string;
}

export interface ProjectParts {
  name: string;
  category: ProjectCategory;
  nature: ProjectNature;
  location: string | null;
  township: string | null;
  figures: ProjectFigures;
  status: string | null;
  implementer: string | null;
  quote: string;
  quoteStart: number;
  line: number;
  docId: string;
}

export function projectRowOf(p: ProjectParts): ProjectDraftRow {
  const { total, in_period, to_date, annual } = p.figures.money;
  const { beds, floor_area_m2, site_area_m2, site_area_mu, start_year, end_year } = p.figures;
  return {
    start: p.quoteStart,
    end: p.quoteStart + p.quote.length,
    line: p.line,
    project_id: '',
    doc_id: p.docId,
    name_zh: p.name,
    name_en: NAME_EN_MARKER,
    category: p.category,
    nature: p.nature,
    location_zh: p.location,
    // The validator wants both or neither: a drafted place asks for its English.
    location_en: p.location === null ? null : NAME_EN_MARKER,
    township_zh: p.township,
    investment_total_cny: total?.cny ?? null,
    investment_total_text: total?.text ?? null,
    investment_in_period_cny: in_period?.cny ?? null,
    investment_in_period_text: in_period?.text ?? null,
    investment_to_date_cny: to_date?.cny ?? null,
    investment_to_date_text: to_date?.text ?? null,
    annual_budget_cny: annual?.cny ?? null,
    annual_budget_text: annual?.text ?? null,
    beds,
    floor_area_m2,
    site_area_m2,
    site_area_mu,
    start_year,
    end_year,
    status_zh: p.status,
    implementer_zh: p.implementer,
    source_quote: p.quote,
  };
}
