import type { ChartCard, ChartContext, CsvRow } from '../chartKinds/chartKind';
import { chartsOf } from '../chartKinds/registry';
import type { ChartFileSvg } from '../charts/renderChart';
import { dataDir } from '../data/dataDir';
import { indexDataset } from '../data/datasetIndex';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import { sourceHref } from '../format/sourceLines';
import { localizedPath, type Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { framedSvg } from './standaloneSvg';

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
  /** Its kind (chartKinds/registry.ts). */
  kind: string;
  locale: Locale;
  title: string;
  /** The one-line source shown under the chart. */
  source: string;
  /** The full page that carries the chart, in the entry's edition. */
  pagePath: string;
  /** The bare chart, without title or credits (Open Graph cards place it on their own). */
  chart: () => ChartFileSvg;
  /** The chart as a self-contained SVG file (title, source and credit inside). */
  svg: () => string;
  /** The numbers the chart draws, one row each, with their quotes. */
  csv: () => CsvRow[];
  /** The iframe height (px) that shows the whole embed at about 600 px wide when the resize script is absent. */
  embedHeight: number;
  /** The page's drawing at both widths, for kinds whose pages draw it the common way (chartKind.ts `page`). */
  page?: () => { narrow: string; wide: string };
  /** The words of the chart's own link-preview card, when its page has one (cards/ogImages.ts). */
  card?: ChartCard;
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
  /** The data folder the dataset was read from (its geo/ maps); the build's (DATA_DIR or data/) when not given. */
  dataDir?: string;
}

export function chartCatalog(data: Dataset, site: CatalogSite, locale: Locale = 'zh'): ChartEntry[] {
  const { origin, dataDate } = site;
  const zh = locale === 'zh';
  const root = origin.replace(/\/$/, '');
  const regionName = (r: Region) => (zh ? r.name_zh : r.name_en);
  const ctx: ChartContext = {
    data,
    dataDir: site.dataDir ?? dataDir(),
    ix: indexDataset(data),
    locale,
    zh,
    regionName,
    // 三门县《三门县…规划》 in Chinese; in English the title alone when it already names the region.
    docLine: (region: Region, doc: DocumentRow) =>
      !zh && doc.title_en.startsWith(region.name_en) ? doc.title_en : t(locale, 'embed.catalog.docLine', { region: regionName(region), title: zh ? doc.title_zh : doc.title_en }),
    sourceLine: (lines) => t(locale, 'embed.catalog.source', { docs: [...new Set(lines)].join(t(locale, 'embed.catalog.docSeparator')) }),
    // Quote links go to the source page of the same edition.
    quoteUrl: (docId, quote) => `${root}${localizedPath(locale, sourceHref(docId, data.sources[docId] ?? '', quote))}`,
    page: (path) => localizedPath(locale, path),
  };
  const credit = (pagePath: string) => t(locale, 'embed.catalog.credit', { site: t(locale, 'site.name'), licence: LICENCE, date: dataDate, url: `${root}${pagePath}` });
  // Every entry's file is its bare chart framed with its title, subtitle, source and credit (with the data's date).
  return chartsOf(ctx).map((chart) => ({
    slug: chart.slug,
    kind: chart.kind,
    locale,
    title: chart.frame.title,
    source: chart.frame.source,
    pagePath: chart.pagePath,
    chart: chart.file,
    svg: () => framedSvg(chart.file(), { ...chart.frame, credit: credit(chart.pagePath) }),
    // A CSV passed from hand to hand still says how current its numbers are.
    csv: () => chart.csv().map((row) => ({ ...row, data_updated: dataDate })),
    embedHeight: chart.embedHeight,
    ...(chart.page ? { page: chart.page } : {}),
    ...(chart.card ? { card: chart.card } : {}),
  }));
}
