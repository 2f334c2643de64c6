import { drawAtBothWidths } from '../charts/bothWidths';
import { buildTimelineChart, describeTimeline } from '../charts/projectCharts';
import { plotSvg } from '../charts/renderChart';
import { t } from '../i18n/ui';
import type { ChartKind } from './chartKind';
import { FILE_WIDTH, PROJECTS_PAGE, selectProjects, type ProjectsItem } from './projects';

/** When the projects are built: one bar per project with a start and an end year (programmes left out). */
export const timelineChart: ChartKind<ProjectsItem> = {
  name: 'timeline',
  select: selectProjects,
  slug: () => 'projects/timeline',
  pagePath: (_, ctx) => ctx.page(PROJECTS_PAGE),
  frame: ({ rows, source }, ctx) => ({
    title: t(ctx.locale, 'embed.catalog.timelineTitle'),
    subtitle: t(ctx.locale, 'embed.catalog.timelineSubtitle', { undated: buildTimelineChart(rows, { width: FILE_WIDTH, locale: ctx.locale }).undated }),
    source,
  }),
  file: ({ rows }, ctx) => plotSvg(buildTimelineChart(rows, { width: FILE_WIDTH, locale: ctx.locale }).options),
  // An English name may keep a Chinese word of the source (a lost character): drawAtBothWidths marks it.
  page: ({ rows }, ctx) =>
    drawAtBothWidths((width) => buildTimelineChart(rows, { locale: ctx.locale, width }).options, { id: 'chart-timeline', title: t(ctx.locale, 'projects.timeline.title'), description: describeTimeline(rows, ctx.locale) }, ctx.locale),
  csv: ({ rows, csvRow }) => rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme').map((r) => csvRow(r.project.project_id)),
  embedHeight: ({ rows }) => Math.ceil(Number(buildTimelineChart(rows).options.height) * 1.4 + 190),
};
