import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import type { Indicator, IndicatorValue, Note } from '../../src/lib/data/schema';
import { impliedPopulations, populationDisagreements } from '../../src/lib/derive/perCapita';

const indicator = (indicator_id: string, unit: Indicator['unit'], per_capita_count_id: string | null = null, doc_id = 'demo-plan'): Indicator => ({
  indicator_id, doc_id, origin: 'text', table_ref: null, group_zh: null, name_zh: indicator_id, name_en: indicator_id, unit, attribute: null, domain: 'other', concept_id: null, per_capita_count_id, duplicate_of: null, continues: null,
});
const value = (indicator_id: string, year: number, v: number, qualifier: IndicatorValue['qualifier'] = 'eq'): IndicatorValue => ({
  indicator_id, year, year_basis: 'stated', value_kind: 'target', period: 'point', period_start: null, period_end: null, value: v, qualifier, value_text: String(v), source_quote: `引语${v}`,
});
const note = (related_ids: string[]): Note => ({ note_id: 'demo-plan.note-x', doc_id: 'demo-plan', related_ids, text_zh: '说明', text_en: 'Note', quote_a: null, quote_b: null });

const indicators = [
  indicator('demo-plan.workers-per-10k', 'persons_per_10000', 'demo-plan.workers'),
  indicator('demo-plan.workers', 'persons'),
  indicator('demo-plan.orgs-per-10k', 'organisations_per_10000', 'demo-plan.orgs'),
  indicator('demo-plan.orgs', 'organisations'),
  indicator('demo-plan.beds-per-1000-elderly', 'beds_per_1000_elderly', 'demo-plan.beds'),
  indicator('demo-plan.beds', 'beds'),
];
const values = [
  value('demo-plan.workers-per-10k', 2025, 20), value('demo-plan.workers', 2025, 1200),
  value('demo-plan.orgs-per-10k', 2025, 16), value('demo-plan.orgs', 2025, 610, 'ge'),
  value('demo-plan.beds-per-1000-elderly', 2025, 50), value('demo-plan.beds', 2025, 2000),
  value('demo-plan.workers-per-10k', 2022, 18), // no count in 2022: no pair
];

describe('populations implied by a rate per head and its count', () => {
  const pairs = impliedPopulations(indicators, values);
  test('count ÷ rate × per, for each year both have a value', () => {
    expect(pairs.map((p) => [p.rate.indicator_id, p.year, p.base, p.population])).toEqual([
      ['demo-plan.beds-per-1000-elderly', 2025, 'older_people', 40_000],
      ['demo-plan.orgs-per-10k', 2025, 'population', 381_250],
      ['demo-plan.workers-per-10k', 2025, 'population', 600_000],
    ]);
  });
  test('pairs over one population more than 25 % apart are reported; other bases are not compared', () => {
    const apart = populationDisagreements(pairs, []);
    expect(apart.map((d) => [d.a.rate.indicator_id, d.b.rate.indicator_id, Math.round(d.apart * 100), d.note_id])).toEqual([
      ['demo-plan.orgs-per-10k', 'demo-plan.workers-per-10k', 57, null],
    ]);
  });
  test('a note naming both pairs covers the disagreement', () => {
    expect(populationDisagreements(pairs, [note(['demo-plan.workers', 'demo-plan.orgs-per-10k'])])[0]!.note_id).toBe('demo-plan.note-x');
    expect(populationDisagreements(pairs, [note(['demo-plan.workers'])])[0]!.note_id).toBeNull();
  });
  test('within 25 %: nothing to report', () => {
    const close = impliedPopulations(indicators, [value('demo-plan.workers-per-10k', 2025, 20), value('demo-plan.workers', 2025, 1200), value('demo-plan.orgs-per-10k', 2025, 16), value('demo-plan.orgs', 2025, 900)]);
    expect(populationDisagreements(close, [])).toEqual([]);
  });
  test('a pair across documents or with a non-count is ignored (the validator reports it)', () => {
    const odd = [indicator('demo-plan.a-per-10k', 'persons_per_10000', 'other-plan.a'), indicator('other-plan.a', 'persons', null, 'other-plan')];
    expect(impliedPopulations(odd, [value('demo-plan.a-per-10k', 2025, 10), value('other-plan.a', 2025, 100)])).toEqual([]);
  });
});

test('the real data: every disagreement over 25 % has a data note naming both pairs', () => {
  const data = loadDataset();
  const apart = populationDisagreements(impliedPopulations(data.indicators, data.indicator_values), data.notes);
  expect(apart.filter((d) => d.note_id === null)).toEqual([]);
});
