// Turns the reviewed rows of a projects draft into rows of data/projects.csv, placed as precisely as
// the text allows: a county's (or district's) document puts its projects at that county's
// representative point; a prefecture's document at the point of a county its row names, else
// city-wide without a point. Pure: rows in, records out; the script validates before writing.
import { childrenOf, nationalRegion } from '../regions/nationalRegions';
import { nameSlug } from './acceptDraft';
import type { ProjectDraftRecord } from './readProjectDraft';

export interface CountyPoint {
  lon: string;
  lat: string;
}

export interface AcceptProjectsOptions {
  docId: string;
  regionCode: string;
  all: boolean;
  /** data/geo/county_points.csv by code. */
  points: ReadonlyMap<string, CountyPoint>;
  existingIds: ReadonlySet<string>;
  file: string;
}

/** The county a prefecture's project names (its full name, or the name without 区/县/市 when that leaves two characters or more). */
function countyNamed(prefecture: string, words: string): string | null {
  const hits = childrenOf(prefecture).filter((c) => {
    const short = c.name_zh.replace(/(自治县|[区县市旗])$/, '');
    return words.includes(c.name_zh) || (short.length >= 2 && words.includes(short));
  });
  return hits.length === 1 ? hits[0]!.code : null;
}

const cell = (v: string | number | null) => (v === null ? '' : String(v));

export function acceptProjects(rows: readonly ProjectDraftRecord[], opts: AcceptProjectsOptions): { projects: Record<string, string>[]; draftLines: number[]; errors: string[] } {
  const region = nationalRegion(opts.regionCode);
  const errors: string[] = [];
  const used = new Set(opts.existingIds);
  const projects: Record<string, string>[] = [];
  const draftLines: number[] = [];
  for (const r of rows.filter((x) => x.accept === 'y' || (opts.all && x.accept === ''))) {
    let county: string | null = null;
    if (region && region.level !== 'prefecture' && region.level !== 'province') county = region.code;
    else if (region?.level === 'prefecture') county = countyNamed(region.code, [r.location_zh, r.township_zh, r.name_zh].filter(Boolean).join(' '));
    const point = county ? opts.points.get(county) : undefined;
    if (county && !point) {
      errors.push(`${opts.file}:${r.csvLine}:county_code: ${county} has no point in data/geo/county_points.csv (run npm run build-geodata && npm run build-basemap)`);
      continue;
    }
    let id = r.project_id;
    if (!id) {
      const base = `${opts.docId}.${nameSlug(r.name_zh)}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    } else if (used.has(id)) {
      errors.push(`${opts.file}:${r.csvLine}:project_id: "${id}" is in use already`);
      continue;
    }
    used.add(id);
    projects.push({
      project_id: id, doc_id: opts.docId, name_zh: r.name_zh, name_en: r.name_en, category: r.category, nature: r.nature,
      location_zh: cell(r.location_zh), location_en: cell(r.location_en), county_code: county ?? opts.regionCode, township_zh: cell(r.township_zh),
      lon: point?.lon ?? '', lat: point?.lat ?? '', location_precision: county ? 'county' : 'city',
      investment_total_cny: cell(r.investment_total_cny), investment_total_text: cell(r.investment_total_text),
      investment_in_period_cny: cell(r.investment_in_period_cny), investment_in_period_text: cell(r.investment_in_period_text),
      investment_to_date_cny: cell(r.investment_to_date_cny), investment_to_date_text: cell(r.investment_to_date_text),
      annual_budget_cny: cell(r.annual_budget_cny), annual_budget_text: cell(r.annual_budget_text),
      beds: cell(r.beds), floor_area_m2: cell(r.floor_area_m2), site_area_m2: cell(r.site_area_m2), site_area_mu: cell(r.site_area_mu),
      start_year: cell(r.start_year), end_year: cell(r.end_year), status_zh: cell(r.status_zh), implementer_zh: cell(r.implementer_zh),
      source_quote: r.source_quote,
    });
    draftLines.push(r.csvLine);
  }
  return { projects, draftLines, errors };
}
