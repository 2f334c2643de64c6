import type * as Plot from '@observablehq/plot';
import { markChineseInSvg } from '../format/chineseSvg';
import type { Locale } from '../i18n/locales';
import { CHART_WIDTHS } from './chartWidths';
import { renderChart } from './renderChart';

/**
 * A page chart at the two widths it is shown at (ChartWidths.astro): the wide drawing carries the
 * title and description, the narrow one is labelled by them. English text may keep a Chinese word
 * of the source: it is marked as Chinese.
 */
export function drawAtBothWidths(options: (width: number) => Plot.PlotOptions, a11y: { id: string; title: string; description: string }, locale: Locale): { narrow: string; wide: string } {
  const marked = (svg: string) => (locale === 'zh' ? svg : markChineseInSvg(svg));
  return {
    narrow: marked(renderChart(options(CHART_WIDTHS.narrow), { sameAs: a11y.id }).svg),
    wide: marked(renderChart(options(CHART_WIDTHS.wide), a11y).svg),
  };
}
