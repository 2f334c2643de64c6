// One canonical series per quantity per document (duplicate_of), and comparisons that count a
// region once however many legitimately different rows it has (urban and rural, denominators).
import { describe, expect, test } from 'vitest';
import { buildConceptComparison, rowSourceLabel, widestBetweenRegions } from '../../src/lib/compare/compareView';
import { compareRowLabels } from '../../src/lib/charts/compareChart';
import { canonicalIndicators, canonicalValues, duplicatesOf, matchingValue } from '../../src/lib/data/duplicates';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import type { Concept, Dataset, DocumentRow, Indicator, IndicatorValue, Region } from '../../src/lib/data/schema';
import { boldestTargets, spreadSentence, widestSpreads } from '../../src/lib/findings/homeFindings';
import { plainText } from '../../src/lib/findings/sentence';
import { summariseRegions } from '../../src/lib/views/homeView';
import { buildIndicatorView } from '../../src/lib/views/indicatorView';
import { buildRegionView } from '../../src/lib/views/regionView';
import { indicator, value } from './charts/chartFixtures';
import { FIXTURE_DIR } from './fixtureDataset';

const fixture = loadDataset(FIXTURE_DIR);
const demo = fixture.documents[0]!;
const home = fixture.regions.find((r) => r.region_code === demo.region_code)!;
const other: Region = { ...home, region_code: '990102', name_zh: '邻县', name_en: 'Next County' };
const otherDoc: DocumentRow = { ...demo, doc_id: 'other-plan', region_code: other.region_code };
const concept: Concept = { concept_id: 'share', name_zh: '占比', name_en: 'Share', unit: 'percent', comparability_note_zh: '说明', comparability_note_en: 'Note' };
const row = (id: string, over: Partial<Indicator> = {}) => indicator({ indicator_id: id, doc_id: id.split('.')[0]!, concept_id: 'share', ...over });
// Any sentence of the fixture's text will do as the quote: links only need to find it.
const QUOTE = '到2025年,持证社会工作者达到1.5万人';
const val = (id: string, year: number, kind: IndicatorValue['value_kind'], v: number): IndicatorValue => ({ ...value(year, kind, v), indicator_id: id, source_quote: QUOTE });

/** The fixture's region with urban and rural rows of one concept, and a neighbour with one row. */
function twoRegions(urban: number, rural: number, neighbour: number): Dataset {
  return {
    ...fixture,
    regions: [...fixture.regions, other],
    documents: [demo, otherDoc],
    sources: { ...fixture.sources, 'other-plan': fixture.sources['demo-plan']! },
    concepts: [concept],
    indicators: [
      row('demo-plan.share-urban', { name_zh: '占比:城市', name_en: 'Share (urban)' }),
      row('demo-plan.share-rural', { name_zh: '占比:农村', name_en: 'Share (rural)', origin: 'text', table_ref: null }),
      row('other-plan.share'),
    ],
    indicator_values: [
      val('demo-plan.share-urban', 2020, 'baseline', urban - 5), val('demo-plan.share-urban', 2025, 'target', urban),
      val('demo-plan.share-rural', 2020, 'baseline', rural - 5), val('demo-plan.share-rural', 2025, 'target', rural),
      val('other-plan.share', 2020, 'baseline', neighbour - 5), val('other-plan.share', 2025, 'target', neighbour),
    ],
  };
}

describe('spreads are between regions, never between two rows of one region', () => {
  const points = (list: [string, number][]) => list.map(([code, converted]) => ({ region: { region_code: code }, converted }));

  test('the widest pair of two different regions is chosen, even when one region holds both extremes', () => {
    const w = widestBetweenRegions(points([['A', 30], ['A', 90], ['B', 60]]));
    expect(w && [w.low.region.region_code, w.low.converted, w.high.region.region_code, w.high.converted, w.ratio]).toEqual(['A', 30, 'B', 60, 2]);
  });

  test('one region alone has no spread, however many rows it has; a zero is never a divisor', () => {
    expect(widestBetweenRegions(points([['A', 30], ['A', 90]]))).toBeNull();
    expect(widestBetweenRegions(points([['A', 0], ['B', 50]]))).toBeNull();
    expect(widestBetweenRegions(points([['A', 0], ['A', 10], ['B', 50]]))?.ratio).toBe(5);
  });

  test('the home finding sets the urban/rural region against its neighbour and names the row it uses', () => {
    const ds = twoRegions(90, 30, 60);
    const [spread, ...rest] = widestSpreads(ds, 5);
    expect(rest).toEqual([]);
    expect(spread!.low.region.region_code).toBe(home.region_code);
    expect(spread!.low.indicator.indicator_id).toBe('demo-plan.share-rural');
    expect(spread!.high.region.region_code).toBe(other.region_code);
    expect(spread!.ratio).toBe(2);
    expect(spread!.low.oneOfSeveral).toBe(true);
    expect(spread!.high.oneOfSeveral).toBe(false);
    expect(plainText(spreadSentence(ds, spread!, 'en'))).toContain(`${home.name_en} (Share (rural))`);
    expect(plainText(spreadSentence(ds, spread!, 'zh'))).toContain(`${home.name_zh}(占比:农村)`);
  });

  test('a previous plan’s target is not set beside current ones', () => {
    const ds = twoRegions(90, 30, 60);
    ds.indicator_values = ds.indicator_values.map((v) => (v.indicator_id === 'demo-plan.share-rural' ? { ...v, year: v.year - 10 } : v));
    const [spread] = widestSpreads(ds, 5);
    expect(spread!.low.indicator.indicator_id).toBe('other-plan.share');
    expect(spread!.high.indicator.indicator_id).toBe('demo-plan.share-urban');
    expect(spread!.high.oneOfSeveral).toBe(false);
  });

  test('the comparison lists a region with two rows once, and each of its rows says where it stands', () => {
    const ds = twoRegions(90, 30, 60);
    const cmp = buildConceptComparison(ds, 'share');
    expect(cmp.repeated.map((r) => r.region_code)).toEqual([home.region_code]);
    expect(rowSourceLabel(cmp.series[0]!.indicator, 'zh')).toBe('表2');
    expect(rowSourceLabel(cmp.series[1]!.indicator, 'en')).toBe('running text');
    expect(rowSourceLabel({ origin: 'table', table_ref: '主要发展指标' }, 'en')).toBe('table “主要发展指标”');
    const labels = compareRowLabels(cmp.series, 'en').map((l) => l.detail.join(' '));
    expect(labels[0]).toContain('Table 2');
    expect(labels[1]).toContain('running text');
    expect(labels[2]).not.toContain('·  ·');
    expect(labels[2]).not.toMatch(/Table|running text/);
  });
});

describe('a duplicate is evidence, not a second indicator', () => {
  // The fixture's table row (53 → 58) and a text mention of its 2025 target.
  const table = fixture.indicators.find((i) => i.indicator_id === 'demo-plan.nursing-bed-share')!;
  const text: Indicator = { ...table, indicator_id: 'demo-plan.nursing-bed-share-text', origin: 'text', table_ref: null, duplicate_of: table.indicator_id };
  const mention: IndicatorValue = { ...fixture.indicator_values.find((v) => v.indicator_id === table.indicator_id && v.year === 2025)!, indicator_id: text.indicator_id, source_quote: '到2025年,持证社会工作者达到1.5万人' };
  const ds: Dataset = { ...fixture, indicators: [...fixture.indicators, text], indicator_values: [...fixture.indicator_values, mention] };

  test('counted once: canonical indicators and values, region dashboards, region summaries', () => {
    expect(canonicalIndicators(ds).map((i) => i.indicator_id)).toEqual(fixture.indicators.map((i) => i.indicator_id));
    expect(canonicalValues(ds)).toHaveLength(fixture.indicator_values.length);
    expect(buildRegionView(ds, home.region_code).domains.flatMap((d) => d.indicators.map((i) => i.indicator.indicator_id))).not.toContain(text.indicator_id);
    expect(summariseRegions(ds)[0]!.indicators).toBe(fixture.indicators.length);
    expect(summariseRegions(ds)[0]!.values).toBe(fixture.indicator_values.length);
  });

  test('ranked once among the boldest targets', () => {
    const withBaseline: Dataset = { ...ds, indicator_values: [...ds.indicator_values, { ...ds.indicator_values.find((v) => v.indicator_id === table.indicator_id && v.value_kind === 'baseline')!, indicator_id: text.indicator_id }] };
    expect(boldestTargets(withBaseline, 5).map((b) => b.indicator.indicator_id)).toEqual([table.indicator_id]);
  });

  test('the pages point both ways: the duplicate to its canonical, the canonical to the repeated quote', () => {
    expect(buildIndicatorView(ds, text.indicator_id).canonical?.indicator_id).toBe(table.indicator_id);
    expect(buildIndicatorView(ds, table.indicator_id).canonical).toBeNull();
    const also = buildIndicatorView(ds, table.indicator_id).alsoStated;
    expect(also.map((a) => [a.indicator.indicator_id, a.value.source_quote, a.repeats?.value])).toEqual([[text.indicator_id, mention.source_quote, 58]]);
    expect(duplicatesOf(ds, table.indicator_id)).toEqual([text]);
  });

  test('a review’s achieved figure repeats a plan’s baseline of the same year; a target matches only a target', () => {
    const canonical = [value(2020, 'baseline', 53), value(2025, 'target', 58)];
    expect(matchingValue(canonical, { year: 2020, value_kind: 'actual' })?.value).toBe(53);
    expect(matchingValue(canonical, { year: 2025, value_kind: 'interim_target' })).toBeUndefined();
    expect(matchingValue(canonical, { year: 2022, value_kind: 'target' })).toBeUndefined();
  });
});

describe('the real dataset', () => {
  const real = loadDataset();

  test('every concept draws each quantity once: no duplicate is compared, and two rows of one region differ by name or place', () => {
    for (const c of real.concepts) {
      const cmp = buildConceptComparison(real, c.concept_id);
      expect(cmp.series.every((s) => s.indicator.duplicate_of === null)).toBe(true);
      for (const r of cmp.repeated) {
        const rows = cmp.series.filter((s) => s.region.region_code === r.region_code);
        for (const locale of ['zh', 'en'] as const) {
          const labels = rows.map((s) => `${locale === 'zh' ? s.indicator.name_zh : s.indicator.name_en} · ${rowSourceLabel(s.indicator, locale)}`);
          expect(new Set(labels).size, labels.join(' / ')).toBe(labels.length);
        }
      }
    }
  });

  test('the two duplicates found in the audit are marked, with their table rows as canonical', () => {
    const marked = real.indicators.filter((i) => i.duplicate_of !== null).map((i) => [i.indicator_id, i.duplicate_of]);
    expect(marked).toEqual([
      ['sanmen-fyp14.eco-burial-rate-text', 'sanmen-fyp14.t2-eco-burial-rate'],
      ['changzhou-fyp14.social-workers-per-10k-review', 'changzhou-fyp14.social-workers-per-10k'],
    ]);
    expect(buildConceptComparison(real, 'eco-burial-rate').series.filter((s) => s.region.name_en.startsWith('Sanmen'))).toHaveLength(1);
  });
});
