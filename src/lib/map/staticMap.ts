import rewind from '@turf/rewind';
import { escapeXml as esc } from '../format/escapeXml';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Dataset } from '../data/schema';
import { CATEGORY_STYLE } from './categories';
import { markerInvestment, markerRadius, type MappedProject } from './projectPoints';
import { placeNameEn } from '../regions/placeNameEn';

export interface StaticMapOptions {
  width: number;
  height: number;
  /** Only these prefectures' counties are drawn and framed (e.g. a region page); all when empty. */
  prefectures?: string[];
  id: string;
  title: string;
  description: string;
  /** English edition: county labels by region code (regions.name_en); counties not in the data are romanised (placeNameEn). */
  englishNames?: Record<string, string>;
}

/** Region code → English name, for the English edition's map labels. */
export function englishRegionNames(data: Pick<Dataset, 'regions'>): Record<string, string> {
  return Object.fromEntries(data.regions.map((r) => [r.region_code, r.name_en]));
}


/**
 * The map drawn at build time with d3-geo: county polygons, prefecture
 * outlines, county names and one marker per project. It is what a reader sees
 * before (or without) JavaScript and WebGL; the interactive map replaces it.
 */
export function buildStaticMap(basemap: FeatureCollection<Polygon | MultiPolygon | Point>, projects: MappedProject[], opts: StaticMapOptions): string {
  const inScope = (f: Feature) => !opts.prefectures?.length || opts.prefectures.includes(String(f.properties?.['layer'] === 'prefecture' ? f.properties?.['code'] : f.properties?.['prefecture_code']));
  // d3-geo wants clockwise exterior rings; the file follows RFC 7946 (counter-clockwise).
  const features = basemap.features.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry.type !== 'Point' && inScope(f)).map((f) => rewind(f, { reverse: true }) as Feature<Polygon | MultiPolygon>);
  const counties = features.filter((f) => f.properties?.['layer'] === 'county');
  const prefectures = features.filter((f) => f.properties?.['layer'] === 'prefecture');
  const frame: FeatureCollection = { type: 'FeatureCollection', features: prefectures.length ? prefectures : counties };
  const projection = geoMercator().fitExtent([[8, 8], [opts.width - 8, opts.height - 8]], frame);
  // One decimal of a pixel is plenty for a 640 px map and keeps the inline SVG small.
  const path = geoPath(projection).digits(1);
  const maxInv = Math.max(0, ...projects.map((m) => markerInvestment(m.project) ?? 0));
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  parts.push(`<svg class="static-map" viewBox="0 0 ${opts.width} ${opts.height}" width="${opts.width}" height="${opts.height}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc">`);
  parts.push(`<title id="${opts.id}-title">${esc(opts.title)}</title><desc id="${opts.id}-desc">${esc(opts.description)}</desc>`);
  parts.push('<g class="map-counties">');
  for (const f of counties) parts.push(`<path d="${path(f) ?? ''}" fill="#ffffff" stroke="#b9c1cc" stroke-width="0.8"/>`);
  parts.push('</g><g class="map-prefectures">');
  for (const f of prefectures) parts.push(`<path d="${path(f) ?? ''}" fill="none" stroke="#4d5968" stroke-width="1.5"/>`);
  // The basemap names counties in Chinese. On the English edition a county in the data has its
  // English name, and every other county our pinyin romanisation (placeNameEn).
  parts.push('</g><g class="map-labels">');
  for (const f of counties) {
    const [x, y] = path.centroid(f);
    const nameZh = String(f.properties?.['name_zh'] ?? '');
    const english = opts.englishNames ? (opts.englishNames[String(f.properties?.['code'] ?? '')] ?? placeNameEn(nameZh)) : undefined;
    const label = english === undefined ? ` lang="zh-CN">${esc(nameZh)}` : `>${esc(english)}`;
    if (Number.isFinite(x) && Number.isFinite(y)) parts.push(`<text x="${r1(x!)}" y="${r1(y!)}" text-anchor="middle" fill="#4d5968" font-size="11"${label}</text>`);
  }
  parts.push('</g><g class="map-projects">');
  const sorted = [...projects].sort((a, b) => (markerInvestment(b.project) ?? 0) - (markerInvestment(a.project) ?? 0));
  for (const m of sorted) {
    const [x, y] = projection([m.lon, m.lat]) ?? [0, 0];
    const color = CATEGORY_STYLE[m.project.category].color;
    const r = r1(markerRadius(markerInvestment(m.project), maxInv));
    const hollow = m.project.location_precision !== 'address';
    parts.push(`<circle data-project="${esc(m.project.project_id)}" cx="${r1(x!)}" cy="${r1(y!)}" r="${r}" fill="${hollow ? '#ffffff' : color}" fill-opacity="${hollow ? 0.7 : 0.85}" stroke="${color}" stroke-width="2.5"/>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}
