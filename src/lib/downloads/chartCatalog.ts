import { buildCompareChart } from '../charts/compareChart';
import { describeIndicator } from '../charts/describe';
import { legendKinds, legendSvg, stackSvgs } from '../charts/legend';
import { buildProgressChart } from '../charts/progressChart';
import { buildInvestmentChart, buildTimelineChart, investmentByRegion } from '../charts/projectCharts';
import { buildConceptComparison } from '../compare/compareView';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import { seriesOf, seriesValues, spansDocuments } from '../data/series';
import { UNITS } from '../data/units';
import { localizedPath, type Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { readBasemap, readCounties } from '../map/basemap';
import { CATEGORY_STYLE } from '../map/categories';
import { buildStaticMap, englishRegionNames } from '../map/staticMap';
import { indexDataset } from '../data/datasetIndex';
import { buildProjectsView } from '../views/projectsView';
import { sourceHref } from '../format/sourceLines';
import { documentNames, documentOfValue } from '../views/seriesLabels';
import type { CsvRow } from './chartCsv';
import { drawIndicatorChart } from '../charts/indicatorDrawing';
import { framedSvg, plotSvg } from './standaloneSvg';
import { localName } from '../format/localName';

/**
 * Every chart a reader can embed or download, in one edition. The page, its
 * embed page (/embed/<slug>/, /en/embed/<slug>/) and its files
 * (/downloads/<slug>.svg|png|csv, /en/downloads/…) all come from the same
 * entry, so they cannot drift apart. The English catalog names everything in
 * English (titles, sources, credits, chart text, the words in its CSVs); the
 * source quotes stay Chinese in both.
 */
export interface ChartEntry {
  /** Path below /embed/ and /downloads/, e.g. `indicators/sanmen-fyp14.t2-nursing-bed-share`. */
  slug: string;
  locale: Locale;
  title: string;
  /** The one-line source shown under the chart. */
  source: string;
  /** The full page that carries the chart, in the entry's edition. */
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
/** The one place that builds an embed page's path: `/embed/<slug>/`, `/en/embed/<slug>/`. */
export const embedPath = (slug: string, locale: Locale = 'zh') => localizedPath(locale, `/embed/${slug}/`);
/** The one place that builds a chart file's path: `/downloads/<slug>.svg`, `/en/downloads/<slug>.svg`. */
export const downloadPath = (slug: string, ext: 'svg' | 'csv', locale: Locale = 'zh') => localizedPath(locale, `/downloads/${slug}.${ext}`);

/** Where the files will be published and how current their data is: both are printed inside every file. */
export interface CatalogSite {
  /** The deployment's address (SITE_URL), for credits and quote links. */
  origin: string;
  /** YYYY-MM-DD: the dataset release's date, "data last updated". */
  dataDate: string;
}

export function chartCatalog(data: Dataset, site: CatalogSite, locale: Locale = 'zh'): ChartEntry[] {
  const { origin, dataDate } = site;
  const zh = locale === 'zh';
  const ix = indexDataset(data);
  const entries: ChartEntry[] = [];
  const regionName = (r: Region) => (zh ? r.name_zh : r.name_en);
  // 三门县《三门县…规划》 in Chinese; in English the title alone when it already names the region.
  const docLine = (region: Region, doc: DocumentRow) =>
    !zh && doc.title_en.startsWith(region.name_en) ? doc.title_en : t(locale, 'embed.catalog.docLine', { region: regionName(region), title: zh ? doc.title_zh : doc.title_en });
  const sourceLine = (lines: string[]) => t(locale, 'embed.catalog.source', { docs: [...new Set(lines)].join(t(locale, 'embed.catalog.docSeparator')) });
  const credit = (pagePath: string) => t(locale, 'embed.catalog.credit', { site: t(locale, 'site.name'), licence: LICENCE, date: dataDate, url: `${origin.replace(/\/$/, '')}${pagePath}` });
  // Quote links go to the source page of the same edition.
  const quoteUrl = (href: string) => `${origin.replace(/\/$/, '')}${localizedPath(locale, href)}`;
  const page = (path: string) => localizedPath(locale, path);
  // Every entry's file is its bare chart framed with its title, subtitle, source and credit (with the data's date).
  const add = (e: Omit<ChartEntry, 'locale' | 'svg'> & { subtitle: string }) => {
    const { subtitle, ...entry } = e;
    entries.push({
      ...entry,
      locale,
      svg: () => framedSvg(e.chart(), { title: e.title, subtitle, source: e.source, credit: credit(e.pagePath) }),
      // A CSV passed from hand to hand still says how current its numbers are.
      csv: () => e.csv().map((row) => ({ ...row, data_updated: dataDate })),
    });
  };

  for (const indicator of data.indicators) {
    const doc = ix.document(indicator.doc_id);
    const region = ix.region(doc.region_code);
    // The page's chart: the whole series when the indicator continues across documents (indicators.continues).
    const series = seriesOf(data, indicator.indicator_id);
    const members = seriesValues(data, series);
    const values = members.map((m) => m.value);
    const documentOf = documentOfValue(members, locale);
    const names = documentNames(series.map((m) => m.document), locale);
    const pagePath = page(`/indicators/${indicator.indicator_id}/`);
    const title = t(locale, 'embed.catalog.indicatorTitle', { region: regionName(region), name: localName(indicator, zh) });
    const source = sourceLine(series.map((m) => docLine(region, m.document)));
    const chartHeight = Number(buildProgressChart(indicator, values, { locale, documentOf }).height);
    // The file frames the chart the page shows on a desktop, drawn once for both (indicatorDrawing.ts).
    const chart = () => drawIndicatorChart(indicator, members, locale, documentOf).file;
    add({
      slug: `indicators/${indicator.indicator_id}`,
      embedHeight: Math.ceil(chartHeight * 1.4 + 200),
      title,
      subtitle: describeIndicator(indicator, values, locale, documentOf),
      source,
      pagePath,
      chart,
      csv: () =>
        members.map(({ value: v, indicator: member, document }) => ({
          // A series names each row's own indicator and document; a single document's CSV keeps its columns as they were.
          ...(spansDocuments(series) ? { document: names.get(document.doc_id)!, doc_id: document.doc_id } : {}),
          indicator_id: member.indicator_id,
          region: regionName(region),
          indicator_zh: member.name_zh,
          indicator_en: member.name_en,
          unit: member.unit,
          year: v.year,
          value_kind: v.value_kind,
          qualifier: v.qualifier,
          value: v.value,
          value_text: v.value_text,
          source_quote: v.source_quote,
          source_url: quoteUrl(sourceHref(document.doc_id, data.sources[document.doc_id] ?? '', v.source_quote)),
        })),
    });
  }

  for (const concept of data.concepts) {
    const cmp = buildConceptComparison(data, concept.concept_id);
    const pagePath = page(`/compare/${concept.concept_id}/`);
    const title = t(locale, 'embed.catalog.compareTitle', {
      concept: zh ? concept.name_zh : concept.name_en,
      regions: [...new Set(cmp.series.map((s) => regionName(s.region)))].join(t(locale, 'embed.catalog.regionSeparator')),
    });
    const source = sourceLine(cmp.series.map((s) => docLine(s.region, s.document)));
    const unit = UNITS[concept.unit];
    // The file carries its own key, above the rows, swatches drawn from the marks' style.
    const legend = legendKinds(cmp.series.flatMap((s) => s.points.map((p) => p.kind))).map((kind) => ({ kind, label: t(locale, `compare.legend.${kind}`) }));
    const chart = () => {
      const rows = plotSvg(buildCompareChart(cmp.series, cmp.domain, unit[locale], locale));
      return stackSvgs([legendSvg(legend, rows.width), rows], 6);
    };
    add({
      slug: `compare/${concept.concept_id}`,
      embedHeight: 340 + (cmp.series.length + cmp.without.length) * 112,
      title,
      subtitle: t(locale, 'embed.catalog.compareSubtitle', { note: zh ? concept.comparability_note_zh : concept.comparability_note_en }),
      source,
      pagePath,
      chart,
      csv: () =>
        cmp.series.flatMap((s) =>
          s.points.map((p) => ({
            concept_id: concept.concept_id,
            region_code: s.region.region_code,
            region: regionName(s.region),
            indicator_id: s.indicator.indicator_id,
            year: p.year,
            value_kind: p.kind,
            value: p.value,
            unit: concept.unit,
            original_value: p.original.value,
            original_unit: s.indicator.unit,
            conversion: (zh ? s.conversion?.explain_zh : s.conversion?.explain_en) ?? '',
            source_quote: p.original.source_quote,
            source_url: quoteUrl(sourceHref(s.document.doc_id, data.sources[s.document.doc_id] ?? '', p.original.source_quote)),
          })),
        ),
    });
  }

  if (data.projects.length > 0) {
    const view = buildProjectsView(data, readCounties());
    // The charts and tables name each region in the edition's language.
    const names = new Map(data.regions.map((r) => [r.region_code, regionName(r)]));
    const rows = view.rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionName }));
    // The project charts draw their own words in the edition's language where their spec supports it.
    const chartOptions = { width: 560, locale };
    const docs = [...new Set(data.projects.map((p) => p.doc_id))].map((id) => ix.document(id));
    const source = sourceLine(docs.map((d) => docLine(ix.region(d.region_code), d)));
    const projectsPage = page('/projects/');
    const projectRow = (r: (typeof rows)[number]) => ({
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
      source_url: quoteUrl(sourceHref(r.project.doc_id, data.sources[r.project.doc_id] ?? '', r.project.source_quote)),
    });
    const mapTitle = t(locale, 'embed.catalog.mapTitle');
    const map = () => ({
      svg: buildStaticMap(readBasemap(), view.placement.mapped, { width: 640, height: 480, prefectures: view.prefectures, id: 'dl-map', title: mapTitle, description: mapTitle, ...(locale === 'en' ? { englishNames: englishRegionNames(data) } : {}) }),
      width: 640,
      height: 480,
    });
    const rowOf = new Map(rows.map((r) => [r.project.project_id, r]));
    add({
      slug: 'projects/map',
      embedHeight: 840,
      title: mapTitle,
      subtitle: t(locale, 'embed.catalog.mapSubtitle', { mapped: view.placement.mapped.length, unmapped: view.placement.unmapped.length }),
      source,
      pagePath: projectsPage,
      chart: map,
      csv: () => view.placement.mapped.map((m) => ({ ...projectRow(rowOf.get(m.project.project_id)!), lon: m.lon, lat: m.lat, location_precision: m.project.location_precision })),
    });
    const invTitle = t(locale, 'embed.catalog.investmentTitle');
    const investment = () => plotSvg(buildInvestmentChart(rows, chartOptions));
    add({
      slug: 'projects/investment',
      embedHeight: Math.ceil(Number(buildInvestmentChart(rows).height) * 1.4 + 230),
      title: invTitle,
      subtitle: t(locale, 'embed.catalog.investmentSubtitle'),
      source,
      pagePath: projectsPage,
      chart: investment,
      csv: () =>
        investmentByRegion(rows).map((d) =>
          zh
            ? { region: d.region, category: d.category, category_zh: CATEGORY_STYLE[d.category].zh, investment_yi_cny: d.yi }
            : { region: d.region, category: d.category, category_en: CATEGORY_STYLE[d.category].en, investment_yi_cny: d.yi },
        ),
    });
    const timeline = buildTimelineChart(rows, chartOptions);
    const tlTitle = t(locale, 'embed.catalog.timelineTitle');
    add({
      slug: 'projects/timeline',
      embedHeight: Math.ceil(Number(buildTimelineChart(rows).options.height) * 1.4 + 190),
      title: tlTitle,
      subtitle: t(locale, 'embed.catalog.timelineSubtitle', { undated: timeline.undated }),
      source,
      pagePath: projectsPage,
      chart: () => plotSvg(timeline.options),
      csv: () => rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme').map(projectRow),
    });
  }
  return entries;
}
