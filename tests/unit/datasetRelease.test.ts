import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { datasetRelease, parseDatasetRelease } from '../../src/lib/data/datasetRelease';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { buildDataPackage } from '../../src/lib/publishing/publishedFiles';

const pkg = (version: string) => JSON.stringify({ name: 'x', version });
const cff = (version: string, date: string) => `cff-version: 1.2.0\nversion: ${version}\ndate-released: ${date}\nlicense: CC-BY-4.0\n`;

describe('the dataset release (data last updated)', () => {
  test('is the version of package.json with the date CITATION.cff gives it', () => {
    expect(parseDatasetRelease(pkg('1.2.3'), cff('1.2.3', '2026-12-01'))).toEqual({ version: '1.2.3', date: '2026-12-01' });
    expect(parseDatasetRelease(pkg('1.2.3'), cff('"1.2.3"', "'2026-12-01'"))).toEqual({ version: '1.2.3', date: '2026-12-01' });
  });

  test('refuses a date that belongs to another version', () => {
    expect(() => parseDatasetRelease(pkg('1.2.4'), cff('1.2.3', '2026-12-01'))).toThrow("CITATION.cff: version 1.2.3 is not package.json's 1.2.4; release both together");
  });

  test('refuses a date that is not on the calendar', () => {
    expect(() => parseDatasetRelease(pkg('1.2.3'), cff('1.2.3', '2026-02-30'))).toThrow('CITATION.cff: date-released "2026-02-30" is not a date YYYY-MM-DD');
  });

  test('is what datapackage.json carries, so pages and downloads give the same date', () => {
    const release = datasetRelease();
    const dp = buildDataPackage(loadDataset()) as { version: string; created: string };
    expect(dp.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(dp.created).toBe(`${release.date}T00:00:00Z`);
    expect(readFileSync('CITATION.cff', 'utf8')).toContain(`date-released: ${release.date}`);
  });
});
