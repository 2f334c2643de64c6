import { describe, expect, test } from 'vitest';
import { classifyAgainstTarget } from '../../src/lib/derive/status';
import { compareDocuments } from '../../src/lib/data/documentOrder';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import type { DocumentRow, IndicatorValue } from '../../src/lib/data/schema';
import { seriesOf, seriesValues, valuesKnownAt, type SeriesValue } from '../../src/lib/data/series';
import { reviewTallies } from '../../src/lib/findings/homeFindings';
import { documentSections } from '../../src/lib/findings/regionSections';
import { reviewsOf, seriesReviews } from '../../src/lib/derive/reviews';
import { countFlags, flagsOfTarget } from '../../src/lib/derive/targetFlags';
import { indexDataset } from '../../src/lib/data/datasetIndex';
import { buildIndicatorView } from '../../src/lib/views/indicatorView';
import { buildRegionView } from '../../src/lib/views/regionView';
import { validateDataset } from '../../src/lib/validation/validateDataset';
import { fixtureAt, SERIES_FIXTURE_DIR } from './fixtureDataset';

// The series fixture: one county with a 14th five-year plan (2021–2025: nursing-bed share 53 → 58 by
// 2025; certified social workers ≥ 15,000 by 2025), its 2025 work report (achieved: 60%, 14,200) and
// its 15th five-year plan (2026–2030), each report and plan row linked to the one before by `continues`.
const { dataset: ds, issues } = validateDataset(fixtureAt(SERIES_FIXTURE_DIR).input());
const ids = (list: { indicator: { indicator_id: string } }[]) => list.map((m) => m.indicator.indicator_id);
const doc = (id: string) => ds.documents.find((d) => d.doc_id === id)!;
const BEDS = ['demo-plan.nursing-bed-share', 'demo-report-2025.nursing-bed-share', 'demo-plan-15.nursing-bed-share'];
const WORKERS = ['demo-plan.social-workers', 'demo-report-2025.social-workers', 'demo-plan-15.social-workers'];

test('the series fixture is valid data', () => {
  expect(issues).toEqual([]);
});

describe('a series across documents (series.ts)', () => {
  test('any member gives the whole chain, its first document first', () => {
    for (const id of BEDS) expect(ids(seriesOf(ds, id))).toEqual(BEDS);
    expect(seriesOf(ds, BEDS[1]!).map((m) => m.document.doc_id)).toEqual(['demo-plan', 'demo-report-2025', 'demo-plan-15']);
  });

  test('an indicator that continues nothing and is continued by nothing is a series of its own values', () => {
    const [alone, ...rest] = seriesOf(ds, 'demo-plan-15.elderly-canteens');
    expect(rest).toEqual([]);
    expect(alone!.indicator.indicator_id).toBe('demo-plan-15.elderly-canteens');
    expect(seriesValues(ds, [alone!]).map((v) => v.value)).toEqual(indexDataset(ds).valuesOf('demo-plan-15.elderly-canteens'));
  });

  test('values are merged in reading order, each keeping its row and document', () => {
    const values = seriesValues(ds, seriesOf(ds, BEDS[0]!));
    expect(values.map((v) => [v.value.year, v.value.value_kind, v.value.value, v.document.doc_id])).toEqual([
      [2020, 'baseline', 53, 'demo-plan'],
      [2025, 'baseline', 60, 'demo-plan-15'],
      [2025, 'target', 58, 'demo-plan'],
      [2025, 'actual', 60, 'demo-report-2025'],
      [2030, 'target', 65, 'demo-plan-15'],
    ]);
    for (const v of values) expect(v.indicator.indicator_id).toBe(v.value.indicator_id);
    expect(values.every((v) => v.step === BEDS.indexOf(v.indicator.indicator_id))).toBe(true);
  });

  test('what a document knew is its own values and the earlier documents\', never a later report', () => {
    const values = seriesValues(ds, seriesOf(ds, BEDS[0]!));
    expect(valuesKnownAt(values, 0).map((v) => v.indicator_id)).toEqual(['demo-plan.nursing-bed-share', 'demo-plan.nursing-bed-share']);
    expect(valuesKnownAt(values, 2)).toHaveLength(values.length);
  });
});

describe('results judged across documents', () => {
  test('a plan\'s 2025 target is judged against the 2025 figure a later report gives, from the plan\'s baseline, as within one document', () => {
    for (const id of BEDS) {
      const [review, ...more] = buildIndicatorView(ds, id).reviews;
      expect(more).toEqual([]);
      expect(review!.year).toBe(2025);
      expect([review!.target.value, review!.actual.value, review!.baseline?.value]).toEqual([58, 60, 53]);
      expect(review!.result.status).toBe('exceeded');
      expect(review!.across).toEqual({ target: doc('demo-plan'), actual: doc('demo-report-2025') });
      // The same three figures in one document get the same verdict.
      expect(review!.result).toEqual(reviewsOf([review!.baseline!, review!.target, review!.actual])[0]!.result);
      expect(review!.result).toEqual(classifyAgainstTarget(review!.target, review!.actual, review!.baseline));
    }
  });

  test('an "at least" target that the later figure falls short of is missed', () => {
    const [review] = buildIndicatorView(ds, WORKERS[2]!).reviews;
    expect([review!.target.value, review!.target.qualifier, review!.actual.value, review!.result.status]).toEqual([15000, 'ge', 14200, 'missed']);
  });

  test('an interim target counts; a later document\'s target is never judged by an earlier figure', () => {
    const at = (step: number, doc_id: string, v: Partial<IndicatorValue> & Pick<IndicatorValue, 'year' | 'value_kind' | 'value'>): SeriesValue => {
      const value: IndicatorValue = { indicator_id: `${doc_id}.x`, year_basis: 'stated', period: 'point', period_start: null, period_end: null, qualifier: 'ge', value_text: String(v.value), source_quote: String(v.value), ...v };
      return { value, indicator: { ...ds.indicators[0]!, indicator_id: value.indicator_id, doc_id }, document: { ...doc('demo-plan'), doc_id }, step };
    };
    const plan = at(0, 'a', { year: 2023, value_kind: 'interim_target', value: 10 });
    const report = at(1, 'b', { year: 2023, value_kind: 'actual', value: 9 });
    const later = at(2, 'c', { year: 2023, value_kind: 'target', value: 8 });
    const reviews = seriesReviews([plan, report, later]);
    expect(reviews.map((r) => [r.target.value, r.actual.value, r.result.status])).toEqual([[10, 9, 'missed']]);
  });

  test('a series of one is judged exactly as before: the real dataset\'s results are unchanged', () => {
    const real = loadDataset();
    const ix = indexDataset(real);
    for (const i of real.indicators) {
      const series = seriesOf(real, i.indicator_id);
      expect(ids(series)).toEqual([i.indicator_id]);
      const values = seriesValues(real, series);
      expect(values.map((v) => v.value)).toEqual(ix.valuesOf(i.indicator_id));
      expect(seriesReviews(values)).toEqual(reviewsOf(ix.valuesOf(i.indicator_id)));
    }
  });
});

describe('target flags in a series', () => {
  test('a plan\'s target starts from the figure an earlier report gave, not only its own', () => {
    const view = buildIndicatorView(ds, WORKERS[2]!);
    const own = view.seriesValues.filter((v) => v.indicator.indicator_id === WORKERS[2]);
    const target = own.find((v) => v.value.value_kind === 'target')!;
    // On its own the 15th plan gives no starting figure for its 2030 target; the 2025 report does.
    expect(flagsOfTarget(own.map((v) => v.value), target.value)).toEqual(['no_baseline']);
    expect(flagsOfTarget(valuesKnownAt(view.seriesValues, target.step), target.value)).toEqual([]);
    expect(view.flaggedTargets.map((f) => [f.value.indicator.indicator_id, f.flags])).toEqual([['demo-plan.social-workers', ['no_baseline']]]);
  });

  test('a region page section counts its targets\' flags from what its document knew', () => {
    const section = documentSections(buildRegionView(ds, '990101')).find((s) => s.document.doc_id === 'demo-plan-15')!;
    const rows = section.current.flatMap((d) => d.indicators);
    expect(section.flags).toEqual(countFlags(rows.map((r) => ({ values: r.values, known: r.known }))));
    // Only the canteens (in no series) lack a starting figure; the social workers start from the report's.
    expect(section.flags.flagged.no_baseline).toBe(1);
    expect(countFlags(rows.map((r) => ({ values: r.values }))).flagged.no_baseline).toBe(2);
  });
});

describe('a region with several documents', () => {
  test('lists its documents in time order: first year, then publication date, then doc_id', () => {
    const view = buildRegionView(ds, '990101');
    const inFile = ds.documents.filter((d) => d.region_code === '990101').map((d) => d.doc_id);
    expect(view.documents.map((d) => d.doc_id)).toEqual(['demo-plan', 'demo-report-2025', 'demo-plan-15']);
    expect(view.documents.map((d) => d.doc_id)).not.toEqual(inFile);
    for (let i = 1; i < view.documents.length; i++) expect(compareDocuments(view.documents[i - 1]!, view.documents[i]!)).toBeLessThan(0);
  });

  test('documents of one first year are ordered by date, undated last, then by doc_id', () => {
    const d = (doc_id: string, published: string | null): DocumentRow => ({ ...doc('demo-plan'), doc_id, published });
    const order = [d('b', null), d('c', '2021-12-01'), d('a', null), d('d', '2021-03-01')].sort(compareDocuments).map((x) => x.doc_id);
    expect(order).toEqual(['d', 'c', 'a', 'b']);
  });

  test('each document keeps its own rows; a result is shown where the achieved figure is reported', () => {
    const sections = documentSections(buildRegionView(ds, '990101'));
    const of = (id: string) => sections.find((s) => s.document.doc_id === id)!;
    const rows = (id: string) => of(id).current.flatMap((d) => d.indicators);
    for (const s of sections) for (const r of [...rows(s.document.doc_id), ...s.previous]) expect(r.indicator.doc_id).toBe(s.document.doc_id);
    expect(of('demo-plan').currentReviews).toEqual([]);
    expect(of('demo-report-2025').currentReviews.map((r) => [r.indicator.indicator_id, r.review.across?.target.doc_id, r.review.result.status])).toEqual([
      ['demo-report-2025.nursing-bed-share', 'demo-plan', 'exceeded'],
      ['demo-report-2025.social-workers', 'demo-plan', 'missed'],
    ]);
    const report = rows('demo-report-2025').find((r) => r.indicator.indicator_id === BEDS[1])!;
    expect([report.continues?.indicator.indicator_id, report.continuedIn?.indicator.indicator_id]).toEqual([BEDS[0], BEDS[2]]);
    const first = rows('demo-plan').find((r) => r.indicator.indicator_id === BEDS[0])!;
    expect([first.continues, first.continuedIn?.document.doc_id]).toEqual([null, 'demo-report-2025']);
  });

  test('the home page counts a result for the document that reports it', () => {
    const tallies = reviewTallies(ds);
    expect(tallies.map((t) => [t.document.doc_id, t.done, t.missed, t.unrated])).toEqual([['demo-report-2025', 1, 1, 0]]);
  });
});
