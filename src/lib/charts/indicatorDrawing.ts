import type { Indicator } from '../data/schema';
import type { SeriesValue } from '../data/series';
import { markChineseInSvg } from '../format/chineseSvg';
import { localName } from '../format/localName';
import type { Locale } from '../i18n/locales';
import { CHART_WIDTHS, WIDE_HEIGHT_FACTOR } from './chartWidths';
import { describeIndicator } from './describe';
import { drawnOnce } from './drawnOnce';
import { buildProgressChart, type DocumentOf } from './progressChart';
import { renderChart, renderChartAndFile, type ChartFileSvg, type RenderedChart } from './renderChart';

export interface IndicatorDrawing {
  /** For phones and narrow embeds; labelled by the wide drawing's title and description. */
  narrow: RenderedChart;
  /** For desktop columns; carries the chart's <title> and <desc> (id `${INDICATOR_CHART_ID}-title`, `-desc`). */
  wide: RenderedChart;
  /** The wide drawing as the chart's SVG file holds it (framed by framedSvg): no page markup, no marked Chinese. */
  file: ChartFileSvg;
}

/** A page shows one indicator chart (its indicator page or its embed page), so its ids need not name it. */
export const INDICATOR_CHART_ID = 'chart';

/** Who shows an indicator's chart: its page, its embed page and its SVG file. */
const SHOWN_BY = 3;

/**
 * An indicator's chart (its values, or a whole series across documents), drawn once for the
 * three places that show it. English names may keep a Chinese word: in the page's drawings it is
 * marked (lang="zh-CN"), and left out of the <title>; the file keeps its text as drawn.
 */
export function drawIndicatorChart(indicator: Indicator, members: readonly SeriesValue[], locale: Locale, documentOf: DocumentOf | undefined): IndicatorDrawing {
  const key = [locale, indicator.indicator_id, ...members.map((s) => `${s.document.doc_id}:${s.value.indicator_id}:${s.value.year}:${s.value.value_kind}:${s.value.value}`)].join('|');
  return drawnOnce(key, SHOWN_BY, () => {
    const values = members.map((s) => s.value);
    const narrowOptions = buildProgressChart(indicator, values, { locale, width: CHART_WIDTHS.narrow, documentOf });
    const wideOptions = buildProgressChart(indicator, values, { locale, width: CHART_WIDTHS.wide, height: Math.round(Number(narrowOptions.height) * WIDE_HEIGHT_FACTOR), documentOf });
    const narrow = renderChart(narrowOptions, { sameAs: INDICATOR_CHART_ID });
    const wide = renderChartAndFile(wideOptions, { id: INDICATOR_CHART_ID, title: localName(indicator, locale === 'zh'), description: describeIndicator(indicator, values, locale, documentOf) });
    const marked = (chart: RenderedChart): RenderedChart => (locale === 'zh' ? chart : { ...chart, svg: markChineseInSvg(chart.svg) });
    return { narrow: marked(narrow), wide: marked(wide.chart), file: wide.file };
  });
}
