import { describe, expect, test } from 'vitest';
import { checkContinues } from '../../src/lib/validation/rules/continues';
import { formatIssue, type Issue, type Located } from '../../src/lib/validation/issues';
import { validateDataset } from '../../src/lib/validation/validateDataset';
import type { DocumentRow, Indicator } from '../../src/lib/data/schema';
import { fixtureAt, SERIES_FIXTURE_DIR } from './fixtureDataset';

// The series fixture's indicators.csv, by line: 2 demo-plan.nursing-bed-share, 3 demo-plan.social-workers,
// 4 demo-report-2025.nursing-bed-share (continues line 2), 5 demo-report-2025.social-workers (continues 3),
// 6 demo-plan-15.nursing-bed-share (continues 4), 7 demo-plan-15.social-workers (continues 5), 8 demo-plan-15.elderly-canteens.
const series = fixtureAt(SERIES_FIXTURE_DIR);
const continuesMessages = (msgs: string[]) => msgs.filter((m) => m.startsWith('data/indicators.csv:') && m.includes(':continues:'));

/** The fixture's rows, located, with some cells changed, for the rule on its own. */
function rows(changes: Record<string, Partial<Indicator>> = {}): { indicators: Located<Indicator>[]; documents: Map<string, DocumentRow> } {
  const { dataset } = validateDataset(series.input());
  return {
    indicators: dataset.indicators.map((row, i) => ({ line: i + 2, row: { ...row, ...changes[row.indicator_id] } })),
    documents: new Map(dataset.documents.map((d) => [d.doc_id, d])),
  };
}
function ruleMessages(changes: Record<string, Partial<Indicator>>, documents?: Map<string, DocumentRow>): string[] {
  const r = rows(changes);
  const issues: Issue[] = [];
  checkContinues('data/indicators.csv', r.indicators, documents ?? r.documents, issues);
  return issues.map(formatIssue);
}

describe('a series across documents (indicators.continues)', () => {
  test('the series fixture, a plan, a report and the next plan linked row to row, is accepted', () => {
    expect(series.messages()).toEqual([]);
  });

  test('a link to an indicator that does not exist names row and column', () => {
    const indicators = series.edit('indicators', ',,,demo-plan.nursing-bed-share\n', ',,,demo-plan.nursing-beds\n');
    expect(continuesMessages(series.messages({ indicators }))).toEqual(['data/indicators.csv:4:continues: "demo-plan.nursing-beds" does not match any indicator in indicators.csv']);
  });

  test('a row that continues itself', () => {
    expect(ruleMessages({ 'demo-report-2025.nursing-bed-share': { continues: 'demo-report-2025.nursing-bed-share' } })).toEqual([
      'data/indicators.csv:4:continues: names the indicator itself; a series links rows of different documents',
    ]);
  });

  test('a row that continues a row of its own document: that is a duplicate, not a series', () => {
    expect(ruleMessages({ 'demo-plan-15.elderly-canteens': { continues: 'demo-plan-15.nursing-bed-share', unit: 'percent' } })).toEqual([
      'data/indicators.csv:8:continues: "demo-plan-15.nursing-bed-share" is a row of this row\'s own document demo-plan-15; a series links documents (a repeat within one document is duplicate_of)',
    ]);
  });

  test('a row that continues another region\'s row: regions are compared by concepts, not chained', () => {
    const documents = series.edit('documents', 'demo-report-2025,990101,', 'demo-report-2025,990100,');
    expect(continuesMessages(series.messages({ documents }))).toEqual([
      'data/indicators.csv:4:continues: "demo-plan.nursing-bed-share" is a row of demo-plan (region 990101), not of this row\'s region 990100; a series follows one region (concepts compare regions)',
      'data/indicators.csv:5:continues: "demo-plan.social-workers" is a row of demo-plan (region 990101), not of this row\'s region 990100; a series follows one region (concepts compare regions)',
      'data/indicators.csv:6:continues: "demo-report-2025.nursing-bed-share" is a row of demo-report-2025 (region 990100), not of this row\'s region 990101; a series follows one region (concepts compare regions)',
      'data/indicators.csv:7:continues: "demo-report-2025.social-workers" is a row of demo-report-2025 (region 990100), not of this row\'s region 990101; a series follows one region (concepts compare regions)',
    ]);
  });

  test('a row that continues a later document\'s row', () => {
    expect(ruleMessages({ 'demo-plan-15.elderly-canteens': { continues: null }, 'demo-plan.social-workers': { continues: 'demo-plan-15.social-workers' }, 'demo-report-2025.social-workers': { continues: null } })).toEqual([
      'data/indicators.csv:3:continues: "demo-plan-15.social-workers" is a row of demo-plan-15 (period_start 2026, published 2026-06-01), not earlier than demo-plan (period_start 2021, published 2021-12-01); a row continues an earlier document\'s row',
    ]);
  });

  test('two documents of the same first year without both dates cannot be ordered', () => {
    const documents = series.edit('documents', 'annual_work_report,2025,2025,示例县民政局,Example County Civil Affairs Bureau,2026-01-20,', 'annual_work_report,2021,2025,示例县民政局,Example County Civil Affairs Bureau,,');
    expect(continuesMessages(series.messages({ documents }))).toEqual([
      'data/indicators.csv:4:continues: "demo-plan.nursing-bed-share" is a row of demo-plan (period_start 2021, published 2021-12-01), not earlier than demo-report-2025 (period_start 2021, no published date); a row continues an earlier document\'s row (with the same period_start, both need a published date to be ordered)',
      'data/indicators.csv:5:continues: "demo-plan.social-workers" is a row of demo-plan (period_start 2021, published 2021-12-01), not earlier than demo-report-2025 (period_start 2021, no published date); a row continues an earlier document\'s row (with the same period_start, both need a published date to be ordered)',
    ]);
  });

  test('a row in another unit than the row it continues', () => {
    expect(ruleMessages({ 'demo-report-2025.social-workers': { unit: 'persons_per_10000' }, 'demo-plan-15.social-workers': { unit: 'persons_per_10000' } })).toEqual([
      'data/indicators.csv:5:continues: "demo-plan.social-workers" is in persons, this row in persons_per_10000; a series keeps one unit',
    ]);
  });

  test('two rows that continue the same row: a series does not fork', () => {
    expect(ruleMessages({ 'demo-plan-15.social-workers': { continues: 'demo-plan.social-workers' } })).toEqual([
      'data/indicators.csv:7:continues: "demo-plan.social-workers" is already continued by "demo-report-2025.social-workers" (line 5); a series is one chain: each row is continued by at most one row',
    ]);
  });

  test('a chain that returns to its start is reported once, on its first line', () => {
    // Without documents the order is not checked, so the cycle is what remains to be found.
    expect(ruleMessages({ 'demo-plan.nursing-bed-share': { continues: 'demo-plan-15.nursing-bed-share' } }, new Map())).toEqual([
      'data/indicators.csv:2:continues: forms a cycle: "demo-plan.nursing-bed-share" → "demo-plan-15.nursing-bed-share" → "demo-report-2025.nursing-bed-share" → "demo-plan.nursing-bed-share"; a series runs from an earlier document to a later one',
    ]);
  });

  test('a cycle through documents is also a link to a later document', () => {
    const indicators = series.edit('indicators', 'elderly_care,,,,\n', 'elderly_care,,,,demo-plan-15.nursing-bed-share\n');
    expect(continuesMessages(series.messages({ indicators }))).toEqual([
      'data/indicators.csv:2:continues: "demo-plan-15.nursing-bed-share" is a row of demo-plan-15 (period_start 2026, published 2026-06-01), not earlier than demo-plan (period_start 2021, published 2021-12-01); a row continues an earlier document\'s row',
      'data/indicators.csv:2:continues: forms a cycle: "demo-plan.nursing-bed-share" → "demo-plan-15.nursing-bed-share" → "demo-report-2025.nursing-bed-share" → "demo-plan.nursing-bed-share"; a series runs from an earlier document to a later one',
    ]);
  });

  test('a duplicate row takes no part in a series: link the canonical row', () => {
    expect(ruleMessages({ 'demo-report-2025.nursing-bed-share': { duplicate_of: 'demo-report-2025.social-workers' } })).toEqual([
      'data/indicators.csv:4:continues: is set on a duplicate of "demo-report-2025.social-workers"; link the canonical row instead',
      'data/indicators.csv:6:continues: "demo-report-2025.nursing-bed-share" is a duplicate (of "demo-report-2025.social-workers"); continue the canonical row "demo-report-2025.social-workers"',
    ]);
    expect(ruleMessages({ 'demo-plan.nursing-bed-share': { duplicate_of: 'demo-plan.social-workers' } })).toEqual([
      'data/indicators.csv:4:continues: "demo-plan.nursing-bed-share" is a duplicate (of "demo-plan.social-workers"); continue the canonical row "demo-plan.social-workers"',
    ]);
  });
});
