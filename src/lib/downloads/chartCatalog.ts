import { buildCompareChart } from '../charts/compareChart';
import { describeIndicator } from '../charts/describe';
import { buildProgressChart } from '../charts/progressChart';
import { buildInvestmentChart, buildTimelineChart, investmentByRegion } from '../charts/projectCharts';
import { buildConceptComparison } from '../compare/compareView';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import { UNITS } from '../data/units';
import { readBasemap, readCounties } from '../map/basemap';
import { CATEGORY_STYLE } from '../map/categories';
import { buildStaticMap } from '../map/staticMap';
import { indexDataset } from '../site/datasetIndex';
import { buildProjectsView } from '../site/projectsView';
import { sourceHref } from '../site/sourceLines';
import type { CsvRow } from './chartCsv';
import { framedSvg, plotSvg } from './standaloneSvg';

/**
 * Every chart a reader can embed or download. The page, its embed page
 * (/embed/<slug>/) and its files (/downloads/<slug>.svg|png|csv) all come
 * from the same entry, so they cannot drift apart.
 */
export interface ChartEntry {
  /** Path below /embed/ and /downloads/, e.g. `indicators/sanmen-fyp14.t2-nursing-bed-share`. */
  slug: string;
  title: string;
  /** The one-line source shown under the chart. */
  source: string;
  /** The full page that carries the chart. */
  pagePath: string;
  /** The bare chart, without title or credits (Open Graph cards place it on their own). */
  chart: () => { svg: string; width: number; height: number };
  /** The chart as a self-contained SVG file (title, source and credit inside). */
  svg: () => string;
  /** The numbers the chart draws, one row each, with their quotes. */
  csv: () => CsvRow[];
  /** The iframe height (px) that shows the whole embed at about 600 px wide when the resize script is absent. */
  embedHeight: number;
}

export const LICENCE = 'CC BY 4.0';
export const SITE_NAME = '民政规划数据';
export const embedPath = (slug: string) => `/embed/${slug}/`;
export const downloadPath = (slug: string, ext: 'svg' | 'png' | 'csv') => `/downloads/${slug}.${ext}`;

const docLine = (region: Region, doc: DocumentRow) => `${region.name_zh}《${doc.title_zh}》`;
const credit = (origin: string, pagePath: string) => `图表:${SITE_NAME} · 数据许可 ${LICENCE} · ${origin.replace(/\/$/, '')}${pagePath}`;
const quoteUrl = (origin: string, href: string) => `${origin.replace(/\/$/, '')}${href}`;

export function chartCatalog(data: Dataset, origin: string): ChartEntry[] {
  const ix = indexDataset(data);
  const entries: ChartEntry[] = [];

  for (const indicator of data.indicators) {
    const doc = ix.document(indicator.doc_id);
    const region = ix.region(doc.region_code);
    const values = ix.valuesOf(indicator.indicator_id);
    const pagePath = `/indicators/${indicator.indicator_id}/`;
    const title = `${region.name_zh}:${indicator.name_zh}`;
    const source = `来源:${docLine(region, doc)}`;
    const chartHeight = Number(buildProgressChart(indicator, values).height);
    const chart = () => plotSvg(buildProgressChart(indicator, values, { width: 560 }));
    entries.push({
      slug: `indicators/${indicator.indicator_id}`,
      embedHeight: Math.ceil(chartHeight * 1.4 + 200),
      title,
      source,
      pagePath,
      chart,
      svg: () =>
        framedSvg(chart(), {
          title,
          subtitle: `${describeIndicator(indicator, values)}`,
          source,
          credit: credit(origin, pagePath),
        }),
      csv: () =>
        values.map((v) => ({
          indicator_id: indicator.indicator_id,
          region: region.name_zh,
          indicator_zh: indicator.name_zh,
          indicator_en: indicator.name_en,
          unit: indicator.unit,
          year: v.year,
          value_kind: v.value_kind,
          qualifier: v.qualifier,
          value: v.value,
          value_text: v.value_text,
          source_quote: v.source_quote,
          source_url: quoteUrl(origin, sourceHref(doc.doc_id, data.sources[doc.doc_id] ?? '', v.source_quote)),
        })),
    });
  }

  for (const concept of data.concepts) {
    const cmp = buildConceptComparison(data, concept.concept_id);
    const pagePath = `/compare/${concept.concept_id}/`;
    const title = `${concept.name_zh}:${[...new Set(cmp.series.map((s) => s.region.name_zh))].join('、')}比较`;
    const source = `来源:${[...new Set(cmp.series.map((s) => docLine(s.region, s.document)))].join(';')}`;
    const unit = UNITS[concept.unit];
    const chart = () => plotSvg(buildCompareChart(cmp.series, cmp.domain, unit.zh));
    entries.push({
      slug: `compare/${concept.concept_id}`,
      embedHeight: 340 + (cmp.series.length + cmp.without.length) * 112,
      title,
      source,
      pagePath,
      chart,
      svg: () =>
        framedSvg(chart(), {
          title,
          subtitle: `● 基期  ■ 最新实际  ○ 目标 · 可比性说明:${concept.comparability_note_zh}`,
          source,
          credit: credit(origin, pagePath),
        }),
      csv: () =>
        cmp.series.flatMap((s) =>
          s.points.map((p) => ({
            concept_id: concept.concept_id,
            region_code: s.region.region_code,
            region: s.region.name_zh,
            indicator_id: s.indicator.indicator_id,
            year: p.year,
            value_kind: p.kind,
            value: p.value,
            unit: concept.unit,
            original_value: p.original.value,
            original_unit: s.indicator.unit,
            conversion: s.conversion?.explain_zh ?? '',
            source_quote: p.original.source_quote,
            source_url: quoteUrl(origin, sourceHref(s.document.doc_id, data.sources[s.document.doc_id] ?? '', p.original.source_quote)),
          })),
        ),
    });
  }

  if (data.projects.length > 0) {
    const view = buildProjectsView(data, readCounties());
    const docs = [...new Set(data.projects.map((p) => p.doc_id))].map((id) => ix.document(id));
    const source = `来源:${docs.map((d) => docLine(ix.region(d.region_code), d)).join(';')}`;
    const projectRow = (r: (typeof view.rows)[number]) => ({
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
      source_url: quoteUrl(origin, sourceHref(r.project.doc_id, data.sources[r.project.doc_id] ?? '', r.project.source_quote)),
    });
    const mapTitle = '各地重大建设项目分布';
    const map = () => ({
      svg: buildStaticMap(readBasemap(), view.placement.mapped, { width: 640, height: 480, prefectures: view.prefectures, id: 'dl-map', title: mapTitle, description: mapTitle }),
      width: 640,
      height: 480,
    });
    entries.push({
      slug: 'projects/map',
      embedHeight: 840,
      title: mapTitle,
      source,
      pagePath: '/projects/',
      chart: map,
      svg: () =>
        framedSvg(map(), {
          title: mapTitle,
          subtitle: `${view.placement.mapped.length}个项目按县区标出(空心圆:位置只知道到县区);${view.placement.unmapped.length}个全市性项目不在图上`,
          source,
          credit: credit(origin, '/projects/'),
        }),
      csv: () =>
        view.placement.mapped.map((m) => {
          const row = view.rows.find((r) => r.project.project_id === m.project.project_id)!;
          return { ...projectRow(row), lon: m.lon, lat: m.lat, location_precision: m.project.location_precision };
        }),
    });
    const invTitle = '各地区规划总投资(按类别)';
    const investment = () => plotSvg(buildInvestmentChart(view.rows, { width: 560 }));
    entries.push({
      slug: 'projects/investment',
      embedHeight: Math.ceil(Number(buildInvestmentChart(view.rows).height) * 1.4 + 230),
      title: invTitle,
      source,
      pagePath: '/projects/',
      chart: investment,
      svg: () => framedSvg(investment(), { title: invTitle, subtitle: '有明确总投资的项目,单位亿元;按年度预算的专项资金不计入', source, credit: credit(origin, '/projects/') }),
      csv: () => investmentByRegion(view.rows).map((d) => ({ region: d.region, category: d.category, category_zh: CATEGORY_STYLE[d.category].zh, investment_yi_cny: d.yi })),
    });
    const timeline = buildTimelineChart(view.rows, { width: 560 });
    const tlTitle = '建设项目的建设周期';
    entries.push({
      slug: 'projects/timeline',
      embedHeight: Math.ceil(Number(buildTimelineChart(view.rows).options.height) * 1.4 + 190),
      title: tlTitle,
      source,
      pagePath: '/projects/',
      chart: () => plotSvg(timeline.options),
      svg: () => framedSvg(plotSvg(timeline.options), { title: tlTitle, subtitle: `每条横条从开工年份到竣工年份;专项资金和未写明年份的${timeline.undated}个项目不在图中`, source, credit: credit(origin, '/projects/') }),
      csv: () => view.rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme').map(projectRow),
    });
  }
  return entries;
}
