import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { buildProgressChart, chartData, markLabel } from '../../../src/lib/charts/progressChart';
import { buildRowGlyph } from '../../../src/lib/charts/rowGlyph';
import { loadDataset } from '../../../src/lib/validation/loadDataset';
import type { IndicatorValue } from '../../../src/lib/data/schema';
import { GROWTH_UNITS } from '../../../src/lib/data/units';
import { isPoint, yearLabel } from '../../../src/lib/format/valuePeriods';
import { impliedChangeOf } from '../../../src/lib/views/indicatorView';
import { reviewsOf } from '../../../src/lib/derive/reviews';
import { rowSummary } from '../../../src/lib/views/rowSummary';
import { indicator, value } from './chartFixtures';

const dataset = loadDataset();
const valuesOf = (id: string) => dataset.indicator_values.filter((v) => v.indicator_id === id);
/** The values a chart draws with each kind of mark. */
const drawn = (marks: readonly unknown[], kind: typeof Plot.Dot | typeof Plot.Rect) =>
  marks.filter((m): m is { data: { value: IndicatorValue }[] } => m instanceof kind).flatMap((m) => [...m.data].map((d) => d.value));

const perYear = (year: number, v: number, start = 2021): IndicatorValue => ({ ...value(year, 'target', v), period: 'per_year', period_start: start, period_end: year });

describe('values that cover a period', () => {
  test('no chart of the dataset draws a per-year amount, a total over years or a growth rate as a point', () => {
    for (const ind of dataset.indicators) {
      const values = valuesOf(ind.indicator_id);
      const { marks = [] } = buildProgressChart(ind, values);
      expect(drawn(marks, Plot.Dot).every(isPoint), ind.indicator_id).toBe(true);
      // Each is drawn as a bar over the years it covers instead.
      expect(drawn(marks, Plot.Rect).length, ind.indicator_id).toBe(values.filter((v) => !isPoint(v)).length);
      if (GROWTH_UNITS.has(ind.unit)) expect(values.every((v) => !isPoint(v)), ind.indicator_id).toBe(true);
    }
  });

  test('a per-year target is a bar from its first to its last year, labelled as a yearly amount', () => {
    const [d] = chartData(indicator({ unit: 'organisations' }), [perYear(2025, 8)]);
    expect(d!.bar).toEqual({ x1: 2020.6, x2: 2025.4 });
    expect(d!.x).toBe(2023);
    expect(markLabel(perYear(2025, 8), { unit: 'organisations' }, 'zh')).toBe('每年8');
    expect(markLabel(perYear(2025, 8), { unit: 'organisations' }, 'en')).toBe('8 a year');
    expect(markLabel({ ...perYear(2020, 4.4, 2016), period: 'per_year' }, { unit: 'percent_growth' }, 'zh')).toBe('年均4.4%');
    expect(markLabel({ ...perYear(2025, 30), period: 'cumulative' }, { unit: 'organisations' }, 'en')).toBe('30 in total');
    // One year's amount (a yearly report's "全年…") is not "each year".
    expect(markLabel(perYear(2018, 5392, 2018), { unit: 'items' }, 'zh')).toBe('全年5392');
    expect(markLabel(perYear(2018, 5392, 2018), { unit: 'items' }, 'en')).toBe('5,392 over the year');
  });

  test('a dashboard row says the time an amount covers, after its unit in English and before the number in Chinese', () => {
    const ind = indicator({ unit: 'organisations' });
    expect(rowSummary(ind, [perYear(2025, 8)], 'en')).toBe('target 8 organisations a year (2021–2025)');
    expect(rowSummary(ind, [perYear(2025, 8)], 'zh')).toBe('目标 每年8 家(2021–2025)');
  });

  test('only levels enter a result, an implied yearly change or a row glyph', () => {
    const ind = indicator({ unit: 'organisations' });
    const values = [{ ...value(2020, 'baseline', 10) }, perYear(2025, 8)];
    expect(impliedChangeOf(ind, values)).toBeNull();
    expect(reviewsOf([perYear(2020, 8, 2016), { ...perYear(2020, 9, 2016), value_kind: 'actual' }])).toEqual([]);
    expect(buildRowGlyph(ind, [perYear(2022, 3), perYear(2025, 8)])).toBeNull();
  });

  test('years the source does not write carry a mark; periods read as a span', () => {
    expect(yearLabel({ ...value(2025, 'target', 1), year_basis: 'inferred_plan_end' })).toBe('2025*');
    expect(yearLabel(value(2025, 'target', 1))).toBe('2025');
    expect(yearLabel(perYear(2025, 8))).toBe('2021–2025');
    expect(yearLabel({ ...perYear(2018, 8, 2018), year_basis: 'inferred_report_year' })).toBe('2018*');
  });
});
