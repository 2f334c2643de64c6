import type { ProjectRow } from '../charts/projectCharts';
import type { Dataset, Project } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { placeProjects, type ProjectPlacement } from '../map/projectPoints';
import type { Counties } from '../data/counties';
import { indexDataset } from '../data/datasetIndex';

export interface ProjectsView {
  rows: (ProjectRow & { regionCode: string })[];
  placement: ProjectPlacement;
  /** Prefectures to frame on the map: those of the regions shown. */
  prefectures: string[];
}

/** Projects (all, or one region's) with their region (named in the locale's language) and where they go on the map. */
export function buildProjectsView(data: Dataset, counties: Counties, regionCode?: string, locale: Locale = 'zh'): ProjectsView {
  const ix = indexDataset(data);
  const rows = data.projects
    .map((project) => {
      const region = ix.region(ix.document(project.doc_id).region_code);
      return { project, regionName: locale === 'zh' ? region.name_zh : region.name_en, regionCode: region.region_code };
    })
    .filter((r) => !regionCode || r.regionCode === regionCode);
  const prefectureOf = (code: string) => {
    const r = ix.region(code);
    return r.level === 'prefecture' ? r.region_code : r.parent_code;
  };
  return { rows, placement: placeProjects(rows.map((r) => r.project), counties), prefectures: [...new Set(rows.map((r) => prefectureOf(r.regionCode)))] };
}

/** The same rows with each region named in the locale's language (for components given rows built in either). */
export function regionNamesIn<R extends ProjectRow & { regionCode: string }>(rows: R[], data: Pick<Dataset, 'regions'>, locale: Locale): R[] {
  const names = new Map(data.regions.map((r) => [r.region_code, locale === 'zh' ? r.name_zh : r.name_en]));
  return rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionName }));
}

/** The investment shown for a project: the one-off total, else the yearly budget, marked as such. */
export function investmentOf(p: Project): { cny: number; perYear: boolean } | null {
  if (p.investment_total_cny !== null) return { cny: p.investment_total_cny, perYear: false };
  if (p.annual_budget_cny !== null) return { cny: p.annual_budget_cny, perYear: true };
  return null;
}
