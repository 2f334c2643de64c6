import type { APIRoute } from 'astro';
import { readBasemap } from '../../lib/map/basemap';
import { siteData } from '../../lib/validation/siteData';
import { placeNameEn } from '../../lib/regions/placeNameEn';

/**
 * The offline basemap, served with the site: no tile server. Each county label
 * carries its English name for the English map: the data's own name for a
 * region in the data, our romanisation for the others.
 */
export const GET: APIRoute = () => {
  const basemap = readBasemap();
  const englishOf = new Map(siteData().regions.map((r) => [r.region_code, r.name_en]));
  for (const f of basemap.features) {
    if (f.properties?.['layer'] !== 'label') continue;
    const nameZh = String(f.properties['name_zh'] ?? '');
    f.properties['name_en'] = englishOf.get(String(f.properties['code'] ?? '')) ?? placeNameEn(nameZh);
  }
  return new Response(`${JSON.stringify(basemap)}\n`, { headers: { 'Content-Type': 'application/geo+json' } });
};
