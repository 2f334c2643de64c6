import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Counties } from '../../data/counties';
import type { Project, Region } from '../../data/schema';
import type { Issue, Located } from '../issues';

/**
 * Locations are only as precise as the text: a city-wide row has no point and
 * names its prefecture; every other row names a county in data/geo and its
 * point lies inside that county's polygon.
 */
export function checkProjectLocations(file: string, rows: Located<Project>[], counties: Counties, regions: Map<string, Region>, issues: Issue[], geoFile = 'data/geo/counties.geojson'): void {
  const byCode = new Map<string, Feature<Polygon | MultiPolygon>>(counties.features.map((f) => [f.properties.code, f]));
  for (const { line, row } of rows) {
    // The English edition shows location_en where the Chinese one shows location_zh: never one without the other.
    if ((row.location_zh === null) !== (row.location_en === null)) {
      issues.push({ file, line, column: row.location_en === null ? 'location_en' : 'location_zh', message: 'location_zh and location_en must both be filled or both be empty (location_en is the English for location_zh)' });
    }
    const hasPoint = row.lon !== null || row.lat !== null;
    if (row.location_precision === 'city') {
      if (hasPoint) issues.push({ file, line, column: 'lon', message: 'a city-wide project has no point: leave lon and lat empty' });
      if (regions.get(row.county_code)?.level !== 'prefecture') issues.push({ file, line, column: 'county_code', message: `"${row.county_code}" is not a prefecture in regions.csv (needed for location_precision city)` });
      continue;
    }
    const county = byCode.get(row.county_code);
    if (!county) {
      issues.push({ file, line, column: 'county_code', message: `"${row.county_code}" is not a county in ${geoFile}` });
      continue;
    }
    if (row.lon === null || row.lat === null) {
      issues.push({ file, line, column: row.lon === null ? 'lon' : 'lat', message: `is empty (needed for location_precision ${row.location_precision})` });
      continue;
    }
    if (!booleanPointInPolygon([row.lon, row.lat], county)) {
      issues.push({ file, line, column: 'lon', message: `point (${row.lon}, ${row.lat}) lies outside its county ${row.county_code} ${String(county.properties?.['name_zh'] ?? '')}` });
    }
  }
}
