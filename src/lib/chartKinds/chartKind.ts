import type { ChartFileSvg } from '../charts/renderChart';
import type { DatasetIndex } from '../data/datasetIndex';
import type { Dataset, DocumentRow, Region } from '../data/schema';
import type { Locale } from '../i18n/locales';

/** One row of a chart's CSV file. */
export type CsvRow = Record<string, string | number | null>;

/** What every chart kind is given: the dataset, the edition, and the words all of a chart's files share. */
export interface ChartContext {
  data: Dataset;
  /** The data folder, for its maps (geo/): the counties projects are placed in, the basemap. */
  dataDir: string;
  ix: DatasetIndex;
  locale: Locale;
  zh: boolean;
  regionName(region: Region): string;
  /** A document as a source line names it: 三门县《…》, in English the title alone when it already names the region. */
  docLine(region: Region, doc: DocumentRow): string;
  /** The one line under a chart naming its source documents, each once. */
  sourceLine(docLines: string[]): string;
  /** A quote's address on the deployed site, on the source page of this edition. */
  quoteUrl(docId: string, quote: string): string;
  /** A site path in this edition. */
  page(path: string): string;
}

/** The words a chart's file frames it with (framedSvg): the credit line is added by the catalog. */
export interface ChartFrame {
  title: string;
  subtitle: string;
  source: string;
}

/** What a chart's own link-preview card says; its picture is the chart's file drawing. */
export interface ChartCard {
  kicker: string;
  title: string;
  subtitle: string;
}

/**
 * A kind of chart, declared in one module of src/lib/chartKinds/ and listed in registry.ts. The
 * catalog (downloads/chartCatalog.ts) turns every item of every kind into its embed page's
 * words, its SVG/PNG/CSV files and, where declared, its link-preview card; pages draw the same
 * items through the kind's page drawing. Adding a kind: docs/architecture.md, "A new chart kind".
 */
export interface ChartKind<Item> {
  /** The kind's name, in tests and golden files. */
  name: string;
  /** Data selection: the charts of this kind the dataset has (one per indicator, per concept, one for all projects…). */
  select(ctx: ChartContext): Item[];
  /** Path below /embed/ and /downloads/, e.g. `indicators/sanmen-fyp14.t2-nursing-bed-share`. */
  slug(item: Item): string;
  /** The full page that carries the chart, in the context's edition. */
  pagePath(item: Item, ctx: ChartContext): string;
  /** Title, subtitle and source line of the chart's file (and its embed page's title and source). */
  frame(item: Item, ctx: ChartContext): ChartFrame;
  /** The bare chart as its file holds it, without title or credits (link-preview cards place it on their own). */
  file(item: Item, ctx: ChartContext): ChartFileSvg;
  /**
   * The chart as its page draws it, at the page's two widths (ChartWidths.astro), labelled for
   * screen readers. Absent where the page draws it its own way: an indicator's (tooltips need its
   * scales: indicatorDrawing.ts, the same drawing as its file), a comparison's rows, the map.
   */
  page?(item: Item, ctx: ChartContext): { narrow: string; wide: string };
  /** The numbers the chart draws, one row each, with their quotes. */
  csv(item: Item, ctx: ChartContext): CsvRow[];
  /** The iframe height (px) that shows the whole embed at about 600 px wide when the resize script is absent. */
  embedHeight(item: Item, ctx: ChartContext): number;
  /** The words of the chart's own link-preview card, for a kind whose page has one. */
  card?(item: Item, ctx: ChartContext): ChartCard;
}
