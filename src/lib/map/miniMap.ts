import rewind from '@turf/rewind';
import { escapeXml as esc } from '../format/escapeXml';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { CATEGORY_STYLE } from './categories';
import { markerInvestment, markerRadius, type MappedProject } from './projectPoints';

export interface MiniMapOptions {
  width: number;
  height: number;
  /** The prefectures to draw and frame. */
  prefectures: string[];
  id: string;
  title: string;
  description: string;
}


/** Drops a point that repeats the one before it: at whole pixels most of a detailed outline does. */
const dropRepeats = (d: string) => d.replace(/(L-?\d+,-?\d+)(\1)+/g, '$1');

/**
 * A thumbnail of the project map for a page that links to it: prefecture outlines at whole-pixel
 * precision (a few KB, where the full build-time map with counties and names is about 60 KB) and
 * one marker per placed project, sized by investment as on the full map. Null when the basemap has
 * none of the prefectures: there is nothing to frame the markers by (a projection fitted to nothing
 * would place them at NaN).
 */
export function buildMiniMap(basemap: FeatureCollection<Polygon | MultiPolygon | Point>, projects: MappedProject[], opts: MiniMapOptions): string | null {
  const outlines = basemap.features
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry.type !== 'Point' && f.properties?.['layer'] === 'prefecture' && opts.prefectures.includes(String(f.properties?.['code'])))
    // d3-geo wants clockwise exterior rings; the file follows RFC 7946 (counter-clockwise).
    .map((f) => rewind(f, { reverse: true }) as Feature<Polygon | MultiPolygon>);
  if (!outlines.length) return null;
  const pad = 6;
  const projection = geoMercator().fitExtent([[pad, pad], [opts.width - pad, opts.height - pad]], { type: 'FeatureCollection', features: outlines });
  const path = geoPath(projection).digits(0);
  const maxInv = Math.max(0, ...projects.map((m) => markerInvestment(m.project) ?? 0));
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  parts.push(`<svg class="mini-map" viewBox="0 0 ${opts.width} ${opts.height}" width="${opts.width}" height="${opts.height}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc">`);
  parts.push(`<title id="${opts.id}-title">${esc(opts.title)}</title><desc id="${opts.id}-desc">${esc(opts.description)}</desc>`);
  parts.push(`<path d="${outlines.map((f) => dropRepeats(path(f) ?? '')).join('')}" fill="#f4f6f9" stroke="#4d5968" stroke-width="1"/>`);
  const sorted = [...projects].sort((a, b) => (markerInvestment(b.project) ?? 0) - (markerInvestment(a.project) ?? 0));
  for (const m of sorted) {
    const [x, y] = projection([m.lon, m.lat]) ?? [0, 0];
    const color = CATEGORY_STYLE[m.project.category].color;
    // Two thirds of the full map's marker: the thumbnail is about half its size.
    const r = r1((markerRadius(markerInvestment(m.project), maxInv) * 2) / 3);
    parts.push(`<circle cx="${r1(x!)}" cy="${r1(y!)}" r="${r}" fill="${color}" fill-opacity="0.35" stroke="${color}" stroke-width="1.5"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
