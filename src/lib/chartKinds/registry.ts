import type { ChartFileSvg } from '../charts/renderChart';
import type { ChartCard, ChartContext, ChartFrame, ChartKind, CsvRow } from './chartKind';
import { compareChart } from './compare';
import { indicatorChart } from './indicator';
import { investmentChart } from './investment';
import { projectMapChart } from './projectMap';
import { timelineChart } from './timeline';

/** One chart of one kind, its item bound: what the catalog, the pages and the golden tests use. */
export interface KindChart {
  kind: string;
  slug: string;
  pagePath: string;
  frame: ChartFrame;
  file(): ChartFileSvg;
  csv(): CsvRow[];
  embedHeight: number;
  page?: () => { narrow: string; wide: string };
  card?: ChartCard;
}

/** Every chart kind the site has, in the order the catalog lists them. A new kind is one line here. */
const KINDS = [registered(indicatorChart), registered(compareChart), registered(projectMapChart), registered(investmentChart), registered(timelineChart)];

/** The kinds' names, in catalog order. */
export const CHART_KIND_NAMES: readonly string[] = KINDS.map((k) => k.name);

/** Every chart of every kind in a dataset and edition. */
export function chartsOf(ctx: ChartContext): KindChart[] {
  return KINDS.flatMap((kind) => kind.charts(ctx));
}

function registered<Item>(kind: ChartKind<Item>): { name: string; charts(ctx: ChartContext): KindChart[] } {
  return {
    name: kind.name,
    charts: (ctx) =>
      kind.select(ctx).map((item) => ({
        kind: kind.name,
        slug: kind.slug(item),
        pagePath: kind.pagePath(item, ctx),
        frame: kind.frame(item, ctx),
        file: () => kind.file(item, ctx),
        csv: () => kind.csv(item, ctx),
        embedHeight: kind.embedHeight(item, ctx),
        ...(kind.page ? { page: () => kind.page!(item, ctx) } : {}),
        ...(kind.card ? { card: kind.card(item, ctx) } : {}),
      })),
  };
}
