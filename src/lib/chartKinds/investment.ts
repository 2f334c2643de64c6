import { drawAtBothWidths } from '../charts/bothWidths';
import { buildInvestmentChart, describeInvestment, investmentByRegion } from '../charts/projectCharts';
import { plotSvg } from '../charts/renderChart';
import { t } from '../i18n/ui';
import { CATEGORY_STYLE } from '../map/categories';
import type { ChartKind } from './chartKind';
import { FILE_WIDTH, PROJECTS_PAGE, selectProjects, type ProjectsItem } from './projects';

/** Investment by region and category: bars of 亿元, the projects that state a sum. */
export const investmentChart: ChartKind<ProjectsItem> = {
  name: 'investment',
  select: selectProjects,
  slug: () => 'projects/investment',
  pagePath: (_, ctx) => ctx.page(PROJECTS_PAGE),
  frame: ({ source }, ctx) => ({ title: t(ctx.locale, 'embed.catalog.investmentTitle'), subtitle: t(ctx.locale, 'embed.catalog.investmentSubtitle'), source }),
  file: ({ rows }, ctx) => plotSvg(buildInvestmentChart(rows, { width: FILE_WIDTH, locale: ctx.locale })),
  // Bars keep their height at both widths; the wide drawing has room for longer bars.
  page: ({ rows }, ctx) =>
    drawAtBothWidths((width) => buildInvestmentChart(rows, { locale: ctx.locale, width }), { id: 'chart-investment', title: t(ctx.locale, 'projects.investment.title'), description: describeInvestment(rows, ctx.locale) }, ctx.locale),
  csv: ({ rows }, ctx) =>
    investmentByRegion(rows).map((d) =>
      ctx.zh
        ? { region: d.region, category: d.category, category_zh: CATEGORY_STYLE[d.category].zh, investment_yi_cny: d.yi }
        : { region: d.region, category: d.category, category_en: CATEGORY_STYLE[d.category].en, investment_yi_cny: d.yi },
    ),
  embedHeight: ({ rows }) => Math.ceil(Number(buildInvestmentChart(rows).height) * 1.4 + 230),
};
