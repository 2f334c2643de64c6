import { describeIndicator } from '../charts/describe';
import { drawIndicatorChart } from '../charts/indicatorDrawing';
import { buildProgressChart } from '../charts/progressChart';
import type { Indicator, Region } from '../data/schema';
import { seriesOf, seriesValues, spansDocuments, type SeriesMember, type SeriesValue } from '../data/series';
import { localName } from '../format/localName';
import { t } from '../i18n/ui';
import { documentNames, documentOfValue } from '../views/seriesLabels';
import type { ChartContext, ChartKind } from './chartKind';

/** An indicator's chart: its values, or its whole series when it continues across documents (indicators.continues). */
export interface IndicatorItem {
  indicator: Indicator;
  region: Region;
  series: SeriesMember[];
  members: SeriesValue[];
}

const documentOf = (item: IndicatorItem, ctx: ChartContext) => documentOfValue(item.members, ctx.locale);

export const indicatorChart: ChartKind<IndicatorItem> = {
  name: 'indicator',
  select: ({ data, ix }) =>
    data.indicators.map((indicator) => {
      const series = seriesOf(data, indicator.indicator_id);
      return { indicator, region: ix.region(ix.document(indicator.doc_id).region_code), series, members: seriesValues(data, series) };
    }),
  slug: ({ indicator }) => `indicators/${indicator.indicator_id}`,
  pagePath: ({ indicator }, ctx) => ctx.page(`/indicators/${indicator.indicator_id}/`),
  frame: (item, ctx) => ({
    title: t(ctx.locale, 'embed.catalog.indicatorTitle', { region: ctx.regionName(item.region), name: localName(item.indicator, ctx.zh) }),
    subtitle: describeIndicator(item.indicator, item.members.map((m) => m.value), ctx.locale, documentOf(item, ctx)),
    source: ctx.sourceLine(item.series.map((m) => ctx.docLine(item.region, m.document))),
  }),
  // The file frames the chart the page shows on a desktop, drawn once for both (indicatorDrawing.ts).
  file: (item, ctx) => drawIndicatorChart(item.indicator, item.members, ctx.locale, documentOf(item, ctx)).file,
  csv: (item, ctx) => {
    const names = documentNames(item.series.map((m) => m.document), ctx.locale);
    return item.members.map(({ value: v, indicator: member, document }) => ({
      // A series names each row's own indicator and document; a single document's CSV keeps its columns as they were.
      ...(spansDocuments(item.series) ? { document: names.get(document.doc_id)!, doc_id: document.doc_id } : {}),
      indicator_id: member.indicator_id,
      region: ctx.regionName(item.region),
      indicator_zh: member.name_zh,
      indicator_en: member.name_en,
      unit: member.unit,
      year: v.year,
      value_kind: v.value_kind,
      qualifier: v.qualifier,
      value: v.value,
      value_text: v.value_text,
      source_quote: v.source_quote,
      source_url: ctx.quoteUrl(document.doc_id, v.source_quote),
    }));
  },
  embedHeight: (item, ctx) => {
    const chartHeight = Number(buildProgressChart(item.indicator, item.members.map((m) => m.value), { locale: ctx.locale, documentOf: documentOf(item, ctx) }).height);
    return Math.ceil(chartHeight * 1.4 + 200);
  },
};

