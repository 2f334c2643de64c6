import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { indexDataset } from '../../src/lib/data/datasetIndex';
import { buildIndicatorView, nearness, RELATED_SHOWN } from '../../src/lib/views/indicatorView';
import { generateSyntheticData } from '../../scripts/generateSyntheticData';

// The real data copied three times (new regions, same provinces): a concept now has more
// indicators in other documents than a page lists.
const work = mkdtempSync(join(tmpdir(), 'related-'));
generateSyntheticData(join(import.meta.dirname, '../../data'), 3, join(work, 'data'));
const data = loadDataset(join(work, 'data'));
const ix = indexDataset(data);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const withConcept = data.indicators.filter((i) => i.concept_id !== null);

describe('"the same measure in other regions" on an indicator page', () => {
  test('lists at most RELATED_SHOWN, and counts them all', () => {
    let capped = 0;
    for (const indicator of withConcept) {
      const view = buildIndicatorView(data, indicator.indicator_id);
      const all = ix.indicatorsOfConcept(indicator.concept_id!).filter((i) => i.doc_id !== indicator.doc_id);
      expect(view.relatedCount).toBe(all.length);
      expect(view.related.length).toBe(Math.min(all.length, RELATED_SHOWN));
      for (const r of view.related) expect(all).toContain(r.indicator);
      if (all.length > RELATED_SHOWN) capped++;
    }
    // The fixture must exercise the cap.
    expect(capped).toBeGreaterThan(0);
  });

  test('names the nearest first: its own region, then its prefecture, then its province', () => {
    for (const indicator of withConcept) {
      const view = buildIndicatorView(data, indicator.indicator_id);
      const near = view.related.map((r) => nearness(view.region, r.region));
      expect(near).toEqual([...near].sort((a, b) => a - b));
      // Nothing left out is nearer than something listed.
      const listed = new Set(view.related.map((r) => r.indicator.indicator_id));
      const farthestListed = Math.max(-1, ...near);
      for (const other of ix.indicatorsOfConcept(indicator.concept_id!)) {
        if (other.doc_id === indicator.doc_id || listed.has(other.indicator_id)) continue;
        expect(nearness(view.region, ix.region(ix.document(other.doc_id).region_code))).toBeGreaterThanOrEqual(farthestListed);
      }
    }
  });

  test('nearness reads the region tree: a county and its prefecture are one family', () => {
    const county = data.regions.find((r) => r.level === 'county' && data.regions.some((p) => p.region_code === r.parent_code))!;
    const prefecture = data.regions.find((r) => r.region_code === county.parent_code)!;
    expect(nearness(county, county)).toBe(0);
    expect(nearness(county, prefecture)).toBe(1);
    expect(nearness(prefecture, county)).toBe(1);
    const elsewhere = data.regions.find((r) => r.province_zh !== county.province_zh)!;
    expect(nearness(county, elsewhere)).toBe(3);
  });
});
