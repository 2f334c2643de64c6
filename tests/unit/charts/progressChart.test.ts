import type * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { buildProgressChart, chartData, markLabel, xDomain, yDomain } from '../../../src/lib/charts/progressChart';
import { COLORS } from '../../../src/lib/charts/palette';
import { CASES, indicator, value } from './chartFixtures';

type MarkLike = { ariaLabel?: string; data?: unknown[]; constructor: { name: string } };
const marks = (o: Plot.PlotOptions) => (o.marks ?? []).flat() as unknown as MarkLike[];
const kindsOf = (o: Plot.PlotOptions) => marks(o).map((m) => m.constructor.name);

describe('the progress chart spec', () => {
  test('a plan: dashed planned path through baseline, interim target and target, one dot per value', () => {
    const o = buildProgressChart(CASES.progress.indicator, CASES.progress.values);
    expect(kindsOf(o)).toEqual(['RuleY', 'Line', 'Dot', 'Text', 'Text']);
    const line = marks(o)[1] as unknown as { data: { year: number }[] };
    expect(line.data.map((d) => d.year)).toEqual([2020, 2022, 2025]);
  });

  test('percentages sit on a 0–100 axis; years are ticked as years', () => {
    const o = buildProgressChart(CASES.progress.indicator, CASES.progress.values);
    expect((o.y as { domain: number[] }).domain).toEqual([0, 100]);
    const x = o.x as { ticks: number[]; tickFormat: (y: number) => string };
    expect(x.ticks).toEqual([2020, 2022, 2025]);
    expect(x.tickFormat(2020)).toBe('2020');
  });

  test('a review adds a solid achieved path from the baseline, in its own colour', () => {
    const o = buildProgressChart(CASES.review.indicator, CASES.review.values);
    expect(kindsOf(o)).toEqual(['RuleY', 'Line', 'Line', 'Dot', 'Text', 'Text']);
    const achieved = marks(o)[2] as unknown as { data: { kind: string }[] };
    expect(achieved.data.map((d) => d.kind)).toEqual(['baseline', 'actual']);
  });

  test('a target without a baseline is a lone mark: no path pretends to show progress', () => {
    const o = buildProgressChart(CASES.commitment.indicator, CASES.commitment.values);
    expect(kindsOf(o)).not.toContain('Line');
    expect(xDomain(CASES.commitment.values)).toEqual([2024, 2026]);
  });

  test('counts and money start at zero with headroom; values above 100% widen a percent axis', () => {
    expect(yDomain(CASES.commitment.indicator, CASES.commitment.values)).toEqual([0, 3600]);
    expect(yDomain(indicator(), [value(2020, 'actual', 120)])).toEqual([0, 132]);
  });

  test('labels carry the qualifier and the exact number', () => {
    expect(markLabel(value(2025, 'target', 58, 'ge'), indicator())).toBe('≥58%');
    expect(markLabel(value(2025, 'target', 3000, 'about'), indicator({ unit: 'persons' }))).toBe('约3000');
    expect(markLabel(value(2018, 'actual', 1133.9), indicator({ unit: 'wan_yuan' }))).toBe('1133.9');
  });

  test('same-year target and actual: the higher label goes above, the lower below', () => {
    const data = chartData(CASES.review.indicator, CASES.review.values);
    const at2020 = data.filter((d) => d.year === 2020).map((d) => [d.kind, d.dy < 0 ? 'above' : 'below']);
    expect(at2020).toEqual([['target', 'below'], ['actual', 'above']]);
  });

  test('kinds are told apart by symbol and fill as well as colour', () => {
    const data = chartData(CASES.review.indicator, CASES.review.values);
    expect(new Set(data.map((d) => d.kind)).size).toBe(3);
    expect(COLORS.actual).not.toBe(COLORS.plan);
  });
});
