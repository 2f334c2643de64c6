import { join } from 'node:path';
import type * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { describeIndicator } from '../../../src/lib/charts/describe';
import { buildProgressChart, chartData } from '../../../src/lib/charts/progressChart';
import { renderChart } from '../../../src/lib/charts/renderChart';
import { seriesOf, seriesValues } from '../../../src/lib/data/series';
import { documentOfValue } from '../../../src/lib/views/seriesLabels';
import { validateDataset } from '../../../src/lib/validation/validateDataset';
import { goldenFileMismatch, prettySvg } from '../../golden';
import { fixtureAt, SERIES_FIXTURE_DIR } from '../fixtureDataset';

// The series fixture's nursing-bed share: 14th plan (2020 baseline 53, 2025 target 58), 2025 work
// report (2025 achieved 60), 15th plan (2025 baseline 60, 2030 target 65), linked by `continues`.
const { dataset } = validateDataset(fixtureAt(SERIES_FIXTURE_DIR).input());
const series = seriesOf(dataset, 'demo-report-2025.nursing-bed-share');
const members = seriesValues(dataset, series);
const values = members.map((m) => m.value);
const indicator = series[1]!.indicator;

type MarkLike = { data?: { value: { indicator_id: string } }[]; constructor: { name: string } };
const marks = (o: Plot.PlotOptions) => (o.marks ?? []).flat() as unknown as MarkLike[];

describe('the chart of a series across documents', () => {
  test('draws the values of every document on one chart', () => {
    const o = buildProgressChart(indicator, values, { documentOf: documentOfValue(members, 'zh') });
    const dots = marks(o).find((m) => m.constructor.name === 'Dot')!;
    expect(new Set(dots.data!.map((d) => d.value.indicator_id))).toEqual(new Set(series.map((m) => m.indicator.indicator_id)));
    expect(dots.data).toHaveLength(values.length);
  });

  test('draws each document\'s paths from its own values: one plan\'s path never runs into the next', () => {
    const o = buildProgressChart(indicator, values, { documentOf: documentOfValue(members, 'zh') });
    const lines = marks(o).filter((m) => m.constructor.name === 'Line');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(new Set(line.data!.map((d) => d.value.indicator_id)).size).toBe(1);
    // Both plans have a baseline and a target: a dashed path each.
    expect(lines.map((l) => l.data![0]!.value.indicator_id)).toEqual(['demo-plan.nursing-bed-share', 'demo-plan-15.nursing-bed-share']);
  });

  test.each([
    ['zh', '出自2021–2025年五年规划', '见于2025年年度工作总结与计划'],
    ['en', 'from the 2021–2025 five-year plan', 'reported in the 2025 annual work report'],
  ] as const)('names the document of each mark (%s): a target from its plan, a figure reported later', (locale, from, reported) => {
    const data = chartData(indicator, values, locale, documentOfValue(members, locale));
    const target = data.find((d) => d.kind === 'target' && d.year === 2025)!;
    const actual = data.find((d) => d.kind === 'actual')!;
    expect([target.document, actual.document]).toEqual([from, reported]);
    const documentOf = documentOfValue(members, locale);
    const { svg } = renderChart(buildProgressChart(indicator, values, { locale, documentOf }), { id: 's', title: indicator.name_zh, description: describeIndicator(indicator, values, locale, documentOf) });
    // In the marks' own titles and in the description a screen reader reads.
    expect(svg.match(/<title>[^<]*<\/title>/g)!.filter((t) => t.includes(from)).length).toBeGreaterThan(0);
    expect(svg).toContain(reported);
    expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]).toContain(reported);
  });

  test('labels never overprint: a figure the next plan restates is labelled once, three figures of one year go above, right and below', () => {
    const at2025 = (list: typeof values) => chartData(indicator, list, 'zh').filter((d) => d.year === 2025).map((d) => [d.kind, d.label, d.labelAt]);
    // The 15th plan's 2025 baseline is the report's 2025 figure (60%): its mark sits under the report's, unlabelled.
    expect(at2025(values)).toEqual([['baseline', '60%', 'none'], ['target', '58%', 'below'], ['actual', '60%', 'above']]);
    const estimated = values.map((v) => (v.value_kind === 'baseline' && v.year === 2025 ? { ...v, value: 59.5 } : v));
    expect(at2025(estimated)).toEqual([['baseline', '59.5%', 'right'], ['target', '58%', 'below'], ['actual', '60%', 'above']]);
  });

  test('a series of one document names no document: its chart is as before', () => {
    const alone = seriesValues(dataset, seriesOf(dataset, 'demo-plan-15.elderly-canteens'));
    expect(documentOfValue(alone, 'zh')).toBeUndefined();
  });

  test('matches the golden SVG a person has looked at', () => {
    const documentOf = documentOfValue(members, 'zh');
    const { svg } = renderChart(buildProgressChart(indicator, values, { documentOf }), { id: 'c-series', title: indicator.name_zh, description: describeIndicator(indicator, values, 'zh', documentOf) });
    const mismatch = goldenFileMismatch(prettySvg(svg), join(import.meta.dirname, '..', '..', 'snapshots', 'series.svg'));
    expect(mismatch, mismatch ?? '').toBeNull();
  });
});
