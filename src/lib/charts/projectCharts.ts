import * as Plot from '@observablehq/plot';
import type { Project } from '../data/schema';
import { CATEGORY_STYLE } from '../map/categories';
import { COLORS } from './palette';

export interface ProjectRow {
  project: Project;
  regionName: string;
}

/** Planned one-off investment per region and category, in 亿元. Yearly programme budgets are not totals and are left out. */
export function investmentByRegion(rows: ProjectRow[]): { region: string; category: Project['category']; yi: number }[] {
  const sums = new Map<string, { region: string; category: Project['category']; yi: number }>();
  for (const { project, regionName } of rows) {
    if (project.investment_total_cny === null) continue;
    const key = `${regionName}|${project.category}`;
    const cur = sums.get(key) ?? { region: regionName, category: project.category, yi: 0 };
    cur.yi += project.investment_total_cny / 1e8;
    sums.set(key, cur);
  }
  return [...sums.values()];
}

const categoryScale = () => {
  const cats = Object.keys(CATEGORY_STYLE) as Project['category'][];
  return { domain: cats.map((c) => CATEGORY_STYLE[c].zh), range: cats.map((c) => CATEGORY_STYLE[c].color) };
};

/** Stacked bars: each region's planned investment split by category. */
export function buildInvestmentChart(rows: ProjectRow[], opts: { width?: number } = {}): Plot.PlotOptions {
  const data = investmentByRegion(rows).map((d) => ({ ...d, categoryZh: CATEGORY_STYLE[d.category].zh }));
  const regions = [...new Set(data.map((d) => d.region))];
  const totals = new Map(regions.map((r) => [r, data.filter((d) => d.region === r).reduce((n, d) => n + d.yi, 0)]));
  regions.sort((a, b) => totals.get(b)! - totals.get(a)!);
  return {
    width: opts.width ?? 400,
    height: 60 + regions.length * 34,
    marginLeft: 64,
    marginRight: 56,
    x: { label: '规划总投资(亿元)→', grid: true, nice: true },
    y: { domain: regions, label: null },
    color: categoryScale(),
    marks: [
      Plot.barX(data, { x: 'yi', y: 'region', fill: 'categoryZh', order: 'sum' } as Plot.BarXOptions),
      Plot.text(regions, { x: (r: string) => totals.get(r), y: (r: string) => r, text: (r: string) => `${Math.round(totals.get(r)! * 100) / 100}亿`, dx: 4, textAnchor: 'start', fill: COLORS.axis }),
      Plot.ruleX([0]),
    ],
  };
}

/** When each project is built: a bar from its start year to its end year; projects without both years are counted, not drawn. */
export function buildTimelineChart(rows: ProjectRow[], opts: { width?: number } = {}): { options: Plot.PlotOptions; undated: number } {
  const dated = rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme');
  const data = dated
    .map((r) => ({ name: r.project.name_zh, region: r.regionName, start: r.project.start_year!, end: r.project.end_year! + 1, categoryZh: CATEGORY_STYLE[r.project.category].zh }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const years = data.flatMap((d) => [d.start, d.end]);
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return {
    undated: rows.length - dated.length,
    options: {
      width: opts.width ?? 400,
      height: 50 + data.length * 32,
      marginLeft: 8,
      marginRight: 8,
      x: { domain: [lo, hi], ticks: Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((y) => (hi - lo > 6 ? y % 2 === 0 : true)), tickFormat: (y: number) => String(y), label: null, grid: true },
      y: { domain: data.map((d) => d.name), axis: null },
      color: categoryScale(),
      marks: [
        // Each row: the name in dark ink on top, the bar below it (text never sits on colour).
        Plot.barX(data, { x1: 'start', x2: 'end', y: 'name', fill: 'categoryZh', insetTop: 17, insetBottom: 2 }),
        Plot.text(data, { x: lo, y: 'name', text: (d: { name: string; region: string }) => `${d.region} · ${d.name}`, dy: -6, textAnchor: 'start', fill: COLORS.axis, fontSize: 11 }),
      ],
    },
  };
}
