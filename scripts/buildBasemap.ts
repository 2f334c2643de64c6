/**
 * The offline basemap: county polygons, prefecture outlines and the outlines of
 * their provinces' parts for the regions in the dataset, simplified once
 * (topojson) from data/geo/counties.geojson into data/geo/basemap.geojson, which
 * the site serves at /geo/basemap.geojson. No tile server, no network. Names
 * come from regions.csv or the national reference, not from a list here.
 *
 *   npm run build-basemap
 */
import { dataDir } from '../src/lib/data/dataDir';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import Papa from 'papaparse';
import { nationalRegion } from '../src/lib/regions/nationalRegions';

// The data folder: data/, or DATA_DIR (add-document and the tests run on a copy).
const dir = dataDir();
const counties = JSON.parse(readFileSync(join(dir, 'geo', 'counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; name_zh: string; prefecture_code: string; prefecture_zh: string }>;
// A region's English name as the data writes it ("Taizhou (Zhejiang)" tells the two Taizhous apart);
// otherwise our romanisation from the national reference.
const regionsCsv = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'regions.csv'), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
const dataEn = new Map(regionsCsv.map((r) => [r['region_code'] ?? '', r['name_en'] ?? '']));
const nameEn = (code: string) => dataEn.get(code) || nationalRegion(code)?.name_en || '';
const provinceOf = (countyCode: string) => {
  const ref = nationalRegion(countyCode);
  if (!ref) throw new Error(`data/geo/counties.geojson: ${countyCode} is not in the national reference (run npm run build-geodata)`);
  return nationalRegion(ref.province_code)!;
};

// Drop vertices whose triangle is under MIN_AREA square degrees (about 0.1 km²):
// borders stay recognisable at county zoom and the file shrinks to a third.
const MIN_AREA = 1e-5;
let topo = topology({ counties }, 1e5) as unknown as Topology<{ counties: GeometryCollection<{ code: string; name_zh: string; prefecture_code: string; prefecture_zh: string }> }>;
topo = presimplify(topo) as typeof topo;
topo = simplify(topo, MIN_AREA) as typeof topo;

const round = (x: number) => Math.round(x * 1e3) / 1e3;
const roundGeometry = <G extends Polygon | MultiPolygon>(g: G): G =>
  (g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(([x, y]) => [round(x!), round(y!)])) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [round(x!), round(y!)]))) }) as G;

const countyFeatures = (feature(topo, topo.objects.counties) as FeatureCollection<Polygon | MultiPolygon>).features.map(
  (f): Feature => ({ type: 'Feature', properties: { layer: 'county', code: f.properties!['code'], name_zh: f.properties!['name_zh'], prefecture_code: f.properties!['prefecture_code'] }, geometry: roundGeometry(f.geometry) }),
);
const prefectureCodes = [...new Set(counties.features.map((f) => f.properties.prefecture_code))].sort();
const prefectureFeatures = prefectureCodes.map((code): Feature => {
  const parts = topo.objects.counties.geometries.filter((g) => (g.properties as { prefecture_code?: string } | undefined)?.prefecture_code === code);
  const name = counties.features.find((f) => f.properties.prefecture_code === code)!.properties.prefecture_zh;
  return { type: 'Feature', properties: { layer: 'prefecture', code, name_zh: name, name_en: nameEn(code) }, geometry: roundGeometry(merge(topo, parts as never) as MultiPolygon) };
});
// The part of each province that the data's prefectures cover (not the whole province: only
// these counties are in the file), so a reader sees which province a prefecture lies in.
const provinceCodes = [...new Set(counties.features.map((f) => provinceOf(f.properties.code).code))].sort();
const provinceFeatures = provinceCodes.map((code): Feature => {
  const parts = topo.objects.counties.geometries.filter((g) => provinceOf(String((g.properties as { code?: string } | undefined)?.code)).code === code);
  const ref = nationalRegion(code)!;
  return { type: 'Feature', properties: { layer: 'province', code, name_zh: ref.name_zh, name_en: ref.name_en }, geometry: roundGeometry(merge(topo, parts as never) as MultiPolygon) };
});
// County names sit at each county's representative point (inside it, far from its edges).
const labelPoints = readFileSync(join(dir, 'geo', 'county_points.csv'), 'utf8').trim().split('\n').slice(1).map((line): Feature => {
  const [code, name, lon, lat] = line.split(',');
  return { type: 'Feature', properties: { layer: 'label', code, name_zh: name }, geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] } };
});
const out: FeatureCollection = { type: 'FeatureCollection', features: [...provinceFeatures, ...prefectureFeatures, ...countyFeatures].map((f) => rewind(f) as Feature).concat(labelPoints) };
writeFileSync(join(dir, 'geo', 'basemap.geojson'), `${JSON.stringify(out)}\n`);
console.log(`data/geo/basemap.geojson: ${provinceFeatures.length} province parts, ${prefectureFeatures.length} prefectures, ${countyFeatures.length} counties, ${labelPoints.length} labels`);
