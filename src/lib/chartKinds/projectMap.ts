import { buildStaticMap, englishRegionNames } from '../map/staticMap';
import { readBasemap } from '../map/basemap';
import { t } from '../i18n/ui';
import type { ChartKind } from './chartKind';
import { PROJECTS_PAGE, selectProjects, type ProjectsItem } from './projects';

const MAP_SIZE = { width: 640, height: 480 };

/** Where the projects are: the map drawn as a static SVG (the page's interactive map starts from the same placement). */
export const projectMapChart: ChartKind<ProjectsItem> = {
  name: 'project-map',
  select: selectProjects,
  slug: () => 'projects/map',
  pagePath: (_, ctx) => ctx.page(PROJECTS_PAGE),
  frame: ({ view, source }, ctx) => ({
    title: t(ctx.locale, 'embed.catalog.mapTitle'),
    subtitle: t(ctx.locale, 'embed.catalog.mapSubtitle', { mapped: view.placement.mapped.length, unmapped: view.placement.unmapped.length }),
    source,
  }),
  file: ({ view }, ctx) => {
    const title = t(ctx.locale, 'embed.catalog.mapTitle');
    return {
      svg: buildStaticMap(readBasemap(ctx.dataDir), view.placement.mapped, { ...MAP_SIZE, prefectures: view.prefectures, id: 'dl-map', title, description: title, ...(ctx.locale === 'en' ? { englishNames: englishRegionNames(ctx.data) } : {}) }),
      ...MAP_SIZE,
    };
  },
  csv: ({ view, csvRow }) => view.placement.mapped.map((m) => ({ ...csvRow(m.project.project_id), lon: m.lon, lat: m.lat, location_precision: m.project.location_precision })),
  embedHeight: () => 840,
};
