import * as Plot from '@observablehq/plot';
import type { CompareSeries } from '../compare/compareView';
import type { UnitCode } from '../data/units';
import { formatTick, type Locale } from './numberFormat';
import { COLORS, SYMBOLS } from './palette';

const WIDTH = 400;
const MARGIN = { left: 16, right: 16 };

/**
 * One region's row in a comparison: baseline (filled circle) and final target
 * (hollow circle) joined by a dashed arrow, the latest achieved value (filled
 * square), all on the concept's shared scale so rows can be read against each
 * other. Rows are separate SVGs so a reader's selection can hide them.
 */
export function buildCompareRow(series: CompareSeries, domain: [number, number]): Plot.PlotOptions {
  const baseline = series.points.find((p) => p.kind === 'baseline');
  const target = series.points.find((p) => p.kind === 'target' || p.kind === 'interim_target');
  const data = series.points.map((p) => ({ ...p, y: 0 }));
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#d7dce3' })];
  if (baseline && target && target.year > baseline.year) {
    marks.push(Plot.arrow([{ x1: baseline.value, x2: target.value }], { x1: 'x1', x2: 'x2', y1: 0, y2: 0, stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '5 3', headLength: 0, insetEnd: 7 }));
  }
  marks.push(
    Plot.dot(data, {
      x: 'value',
      y: 'y',
      symbol: (d: (typeof data)[number]) => SYMBOLS[d.kind],
      r: 6,
      stroke: (d: (typeof data)[number]) => (d.kind === 'actual' ? COLORS.actual : d.kind === 'baseline' ? COLORS.baseline : COLORS.plan),
      fill: (d: (typeof data)[number]) => (d.kind === 'baseline' ? COLORS.baseline : d.kind === 'actual' ? COLORS.actual : 'white'),
      strokeWidth: 2.5,
    }),
  );
  return { width: WIDTH, height: 28, marginLeft: MARGIN.left, marginRight: MARGIN.right, marginTop: 8, marginBottom: 8, x: { domain, axis: null }, y: { domain: [-1, 1], axis: null }, symbol: { type: 'identity' }, marks };
}

/** The shared axis drawn once above the rows; ticks as the locale writes them (1.5万 / 15K). */
export function buildCompareAxis(domain: [number, number], _unit: UnitCode, locale: Locale = 'zh'): Plot.PlotOptions {
  return {
    width: WIDTH,
    height: 36,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 22,
    marginBottom: 0,
    x: { domain, axis: 'top', grid: false, ticks: 5, tickFormat: (n: number) => formatTick(n, locale), label: null },
    marks: [Plot.ruleX([domain[0]], { stroke: 'none' })],
  };
}

/**
 * The whole comparison as one chart, for downloads and images: one row per
 * region on the shared scale, the same marks as the page's rows, the axis below.
 */
export function buildCompareChart(series: CompareSeries[], domain: [number, number], unitLabel: string, locale: Locale = 'zh'): Plot.PlotOptions {
  const regionName = (s: CompareSeries) => (locale === 'zh' ? s.region.name_zh : s.region.name_en);
  const indicatorName = (s: CompareSeries) => (locale === 'zh' ? s.indicator.name_zh : s.indicator.name_en);
  const short = (t: string, n: number) => ([...t].length > n ? `${[...t].slice(0, n - 1).join('')}…` : t);
  // A region with two indicators for the concept gets two rows, told apart by the indicator's name.
  const repeated = (s: CompareSeries) => series.filter((o) => o.region.region_code === s.region.region_code).length > 1;
  const labelsAt = (n: number) => series.map((s) => (repeated(s) ? `${regionName(s)}\n${short(indicatorName(s), n)}` : regionName(s)));
  // As short as the names allow while every row keeps its own label.
  let n = locale === 'zh' ? 9 : 18;
  while (new Set(labelsAt(n)).size < series.length && n < 80) n += 1;
  const rows = labelsAt(n);
  const label = (s: CompareSeries) => rows[series.indexOf(s)]!;
  const data = series.flatMap((s) => s.points.map((p) => ({ ...p, row: label(s) })));
  const arrows = series.flatMap((s) => {
    const baseline = s.points.find((p) => p.kind === 'baseline');
    const target = s.points.find((p) => p.kind === 'target' || p.kind === 'interim_target');
    return baseline && target && target.year > baseline.year ? [{ row: label(s), x1: baseline.value, x2: target.value }] : [];
  });
  type D = (typeof data)[number];
  return {
    width: WIDTH + 140,
    height: 56 + rows.length * 44,
    marginLeft: 140,
    marginRight: MARGIN.right,
    marginBottom: 36,
    x: { domain, grid: true, ticks: 5, tickFormat: (n: number) => formatTick(n, locale), label: `${unitLabel} →` },
    y: { domain: rows, label: null },
    symbol: { type: 'identity' },
    marks: [
      Plot.arrow(arrows, { x1: 'x1', x2: 'x2', y1: 'row', y2: 'row', stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '5 3', headLength: 0, insetEnd: 7 }),
      Plot.dot(data, {
        x: 'value',
        y: 'row',
        symbol: (d: D) => SYMBOLS[d.kind],
        r: 6,
        stroke: (d: D) => (d.kind === 'actual' ? COLORS.actual : d.kind === 'baseline' ? COLORS.baseline : COLORS.plan),
        fill: (d: D) => (d.kind === 'baseline' ? COLORS.baseline : d.kind === 'actual' ? COLORS.actual : 'white'),
        strokeWidth: 2.5,
      }),
    ],
  };
}
