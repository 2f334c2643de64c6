import type { APIRoute } from 'astro';
import { siteData } from '../../lib/validation/siteData';
import { readCounties } from '../../lib/map/basemap';
import { projectFeatures } from '../../lib/views/projectFeatures';
import { buildProjectsView } from '../../lib/views/projectsView';

/** Every mapped project with what its popup shows; region pages filter it by region code. */
export const GET: APIRoute = () => {
  const data = siteData();
  return new Response(`${JSON.stringify(projectFeatures(data, buildProjectsView(data, readCounties())))}\n`, { headers: { 'Content-Type': 'application/geo+json' } });
};
