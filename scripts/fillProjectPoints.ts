/**
 * Gives every county-precision project without a point its county's
 * representative point (data/geo/county_points.csv), so curators never type
 * coordinates the text does not support. Rows with a point are left alone.
 *
 *   npm run fill-project-points
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, toCsv } from '../src/lib/data/csv';

const root = resolve(import.meta.dirname, '..');
const projectsPath = join(root, 'data', 'projects.csv');
const projects = parseCsv('data/projects.csv', readFileSync(projectsPath, 'utf8'));
const points = new Map(parseCsv('data/geo/county_points.csv', readFileSync(join(root, 'data', 'geo', 'county_points.csv'), 'utf8')).rows.map(({ record }) => [record['code']!, record]));
let filled = 0;
for (const { record } of projects.rows) {
  if (record['location_precision'] !== 'county' || record['lon'] || record['lat']) continue;
  const p = points.get(record['county_code'] ?? '');
  if (!p) throw new Error(`${record['project_id']}: no representative point for county ${record['county_code']}`);
  record['lon'] = p['lon']!;
  record['lat'] = p['lat']!;
  filled++;
}
writeFileSync(projectsPath, toCsv(projects.header, projects.rows.map((r) => r.record), { spreadsheetSafe: false }));
console.log(`filled ${filled} project point(s)`);
