import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_KIND_NAMES } from '../../../src/lib/chartKinds/registry';
import { chartCatalog } from '../../../src/lib/downloads/chartCatalog';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { checkDataset } from '../../../src/lib/validation/loadDataset';
import { goldenFileMismatch, prettySvg } from '../../golden';

// Every chart kind's file, in both editions, from a fixture dataset that has every kind (tests/fixtures/golden):
// reviewed SVGs under tests/snapshots/kinds/, like Plot's test/output/.
const root = resolve(import.meta.dirname, '..', '..', '..');
const dataDir = join(root, 'tests', 'fixtures', 'golden');
const { dataset, issues } = checkDataset(dataDir, root);
const site = { origin: 'https://data.example.cn', dataDate: '2026-01-02', dataDir };

describe('the golden fixture', () => {
  test('is valid and has a chart of every kind', () => {
    expect(issues.filter((i) => i.level !== 'skipped')).toEqual([]);
    const kinds = new Set(chartCatalog(dataset, site).map((e) => e.kind));
    expect([...CHART_KIND_NAMES].filter((k) => !kinds.has(k))).toEqual([]);
  });
});

describe.each(LOCALES.flatMap((locale) => CHART_KIND_NAMES.map((kind) => [kind, locale] as const)))('the %s chart file (%s)', (kind, locale) => {
  test('matches its reviewed golden SVG', () => {
    // The first chart of the kind: for indicators, a series across three documents.
    const entry = chartCatalog(dataset, site, locale).find((e) => e.kind === kind)!;
    const mismatch = goldenFileMismatch(prettySvg(entry.svg()), join(root, 'tests', 'snapshots', 'kinds', `${kind}.${locale}.svg`));
    expect(mismatch, mismatch ?? '').toBeNull();
  });
});
