import type { ProjectRow } from '../charts/projectCharts';
import { readCounties } from '../map/basemap';
import { buildProjectsView, type ProjectsView } from '../views/projectsView';
import type { ChartContext, CsvRow } from './chartKind';

/** All the dataset's projects, as the projects page shows them: the item of the map, investment and timeline charts. */
export interface ProjectsItem {
  view: ProjectsView;
  /** The view's rows with each region named in the edition's language. */
  rows: (ProjectRow & { regionCode: string })[];
  /** The source line naming every document with projects. */
  source: string;
  /** A project's CSV row, by id. */
  csvRow(projectId: string): CsvRow;
}

// The map, investment and timeline kinds select the same item: placed once per catalog (the counties file is read once).
const selected = new WeakMap<ChartContext, ProjectsItem[]>();

/** The projects charts' data selection: one item when the dataset has projects, none otherwise. */
export function selectProjects(ctx: ChartContext): ProjectsItem[] {
  let items = selected.get(ctx);
  if (!items) {
    items = projectsItems(ctx);
    selected.set(ctx, items);
  }
  return items;
}

function projectsItems(ctx: ChartContext): ProjectsItem[] {
  const { data, ix } = ctx;
  if (data.projects.length === 0) return [];
  const view = buildProjectsView(data, readCounties(ctx.dataDir));
  const names = new Map(data.regions.map((r) => [r.region_code, ctx.regionName(r)]));
  const rows = view.rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionName }));
  const docs = [...new Set(data.projects.map((p) => p.doc_id))].map((id) => ix.document(id));
  const byId = new Map(rows.map((r) => [r.project.project_id, r]));
  return [
    {
      view,
      rows,
      source: ctx.sourceLine(docs.map((d) => ctx.docLine(ix.region(d.region_code), d))),
      csvRow: (projectId) => {
        const r = byId.get(projectId)!;
        return {
          project_id: r.project.project_id,
          region: r.regionName,
          name_zh: r.project.name_zh,
          name_en: r.project.name_en,
          category: r.project.category,
          nature: r.project.nature,
          investment_total_cny: r.project.investment_total_cny,
          annual_budget_cny: r.project.annual_budget_cny,
          start_year: r.project.start_year,
          end_year: r.project.end_year,
          source_quote: r.project.source_quote,
          source_url: ctx.quoteUrl(r.project.doc_id, r.project.source_quote),
        };
      },
    },
  ];
}

/** The page all projects charts live on. */
export const PROJECTS_PAGE = '/projects/';
/** The project charts' files are drawn this wide (the page draws them at CHART_WIDTHS). */
export const FILE_WIDTH = 560;
