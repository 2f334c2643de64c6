import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Counties } from '../data/counties';
import { dataDir } from '../data/dataDir';

/** County polygons of the data folder (validated with the dataset). */
export function readCounties(dir = dataDir()): Counties {
  return JSON.parse(readFileSync(join(dir, 'geo', 'counties.geojson'), 'utf8')) as Counties;
}

/**
 * The simplified basemap (data/geo/basemap.geojson, made by npm run
 * build-basemap); a data folder without one (test fixtures) falls back to its
 * county polygons as they are.
 */
export function readBasemap(dir = dataDir()): FeatureCollection<Polygon | MultiPolygon | Point> {
  const path = join(dir, 'geo', 'basemap.geojson');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon | Point>;
  const counties = readCounties(dir);
  return { type: 'FeatureCollection', features: counties.features.map((f) => ({ ...f, properties: { layer: 'county', ...f.properties } })) };
}
