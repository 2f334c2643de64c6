import * as Plot from '@observablehq/plot';
import type { Project } from '../data/schema';
import { formatYuan } from '../format/values';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { CATEGORY_STYLE } from '../map/categories';
import { COLORS } from './palette';
import { localName } from '../format/localName';

export interface ProjectRow {
  project: Project;
  regionName: string;
}

/** Planned one-off investment per region and category, in 亿元 (and exact yuan). Yearly programme budgets are not totals and are left out. */
export function investmentByRegion(rows: ProjectRow[]): { region: string; category: Project['category']; yi: number; cny: number }[] {
  const sums = new Map<string, { region: string; category: Project['category']; yi: number; cny: number }>();
  for (const { project, regionName } of rows) {
    if (project.investment_total_cny === null) continue;
    const key = `${regionName}|${project.category}`;
    const cur = sums.get(key) ?? { region: regionName, category: project.category, yi: 0, cny: 0 };
    cur.yi += project.investment_total_cny / 1e8;
    cur.cny += project.investment_total_cny;
    sums.set(key, cur);
  }
  return [...sums.values()];
}

/** Each region's planned investment by category, in words, for the chart's text alternative. */
export function describeInvestment(rows: ProjectRow[], locale: Locale = 'zh'): string {
  return investmentByRegion(rows)
    .map((d) => t(locale, 'projects.investment.item', {
      region: d.region,
      category: CATEGORY_STYLE[d.category][locale],
      amount: locale === 'zh' ? `${Math.round(d.yi * 10000) / 10000}亿元` : formatYuan(d.cny, 'en'),
    }))
    .join(t(locale, 'projects.investment.separator'));
}

const categoryScale = (locale: Locale) => {
  const cats = Object.keys(CATEGORY_STYLE) as Project['category'][];
  return { domain: cats.map((c) => CATEGORY_STYLE[c][locale]), range: cats.map((c) => CATEGORY_STYLE[c].color) };
};

const enNumber = new Intl.NumberFormat('en');

/**
 * Stacked bars: each region's planned investment split by category. Chinese charts count in 亿元,
 * English ones in million yuan ("277 million"); both label each bar with its total to the nearest million.
 */
export function buildInvestmentChart(rows: ProjectRow[], opts: { width?: number; locale?: Locale } = {}): Plot.PlotOptions {
  const locale = opts.locale ?? 'zh';
  // The bar's length in the chart's unit: 亿元 (10^8) in Chinese, million yuan (10^6) in English.
  const scale = locale === 'zh' ? 1 : 100;
  const data = investmentByRegion(rows).map((d) => ({ ...d, amount: d.yi * scale, categoryLabel: CATEGORY_STYLE[d.category][locale] }));
  const regions = [...new Set(data.map((d) => d.region))];
  const totals = new Map(regions.map((r) => [r, data.filter((d) => d.region === r).reduce((n, d) => n + d.yi, 0)]));
  regions.sort((a, b) => totals.get(b)! - totals.get(a)!);
  const barTotal = (r: string) => t(locale, 'projects.investment.barTotal', { n: locale === 'zh' ? Math.round(totals.get(r)! * 100) / 100 : enNumber.format(Math.round(totals.get(r)! * 100)) });
  return {
    width: opts.width ?? 400,
    height: 70 + regions.length * 34,
    marginLeft: locale === 'zh' ? 64 : 118,
    // The axis label sits below the tick labels, not on them.
    marginBottom: 40,
    marginRight: locale === 'zh' ? 56 : 100,
    x: { label: t(locale, 'projects.investment.axis'), grid: true, nice: true, ...(locale === 'en' ? { tickFormat: (n: number) => enNumber.format(n) } : {}) },
    y: { domain: regions, label: null },
    color: categoryScale(locale),
    marks: [
      Plot.barX(data, { x: 'amount', y: 'region', fill: 'categoryLabel', order: 'sum' } as Plot.BarXOptions),
      Plot.text(regions, { x: (r: string) => totals.get(r)! * scale, y: (r: string) => r, text: barTotal, dx: 4, textAnchor: 'start', fill: COLORS.axis }),
      Plot.ruleX([0]),
    ],
  };
}

const dated = (rows: ProjectRow[]) => rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme');

/** The timeline's text alternative: each drawn project with its years. */
export function describeTimeline(rows: ProjectRow[], locale: Locale = 'zh'): string {
  return dated(rows)
    .map((r) => t(locale, 'projects.timeline.item', { region: r.regionName, name: localName(r.project, locale === 'zh'), start: r.project.start_year!, end: r.project.end_year! }))
    .join(t(locale, 'projects.investment.separator'));
}

/** When each project is built: a bar from its start year to its end year; projects without both years are counted, not drawn. */
export function buildTimelineChart(rows: ProjectRow[], opts: { width?: number; locale?: Locale } = {}): { options: Plot.PlotOptions; undated: number } {
  const locale = opts.locale ?? 'zh';
  const drawn = dated(rows);
  const data = drawn
    .map((r) => ({ name: localName(r.project, locale === 'zh'), region: r.regionName, start: r.project.start_year!, end: r.project.end_year! + 1, categoryLabel: CATEGORY_STYLE[r.project.category][locale] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const years = data.flatMap((d) => [d.start, d.end]);
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const width = opts.width ?? 400;
  return {
    undated: rows.length - drawn.length,
    options: {
      width,
      // Every row is 32 px, however many there are: the name sits above its bar (a band that grew with
      // few rows pushed the name onto the bar), the x axis below.
      height: 30 + data.length * 32,
      marginTop: 0,
      marginBottom: 30,
      // Room for half of the first and the last year's tick label, which sit on the edges.
      marginLeft: 18,
      marginRight: 18,
      x: { domain: [lo, hi], ticks: Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((y) => (hi - lo > 6 ? y % 2 === 0 : true)), tickFormat: (y: number) => String(y), label: null, grid: true },
      y: { domain: data.map((d) => d.name), axis: null, padding: 0 },
      color: categoryScale(locale),
      marks: [
        // Each row: the name in dark ink on top, the bar below it (text never sits on colour). Long English
        // names (longer than the chart is wide, at 11 px about 12 px an em with room to spare) end in an ellipsis inside the chart (the full name is the mark's title, the table and the text alternative).
        Plot.barX(data, { x1: 'start', x2: 'end', y: 'name', fill: 'categoryLabel', insetTop: 17, insetBottom: 2 }),
        Plot.text(data, { x: lo, y: 'name', text: (d: { name: string; region: string }) => `${d.region} · ${d.name}`, dy: -6, textAnchor: 'start', fill: COLORS.axis, fontSize: 11, ...(locale === 'en' ? { lineWidth: Math.round((width - 26) / 12), textOverflow: 'ellipsis' } : {}) }),
      ],
    },
  };
}
