import * as Plot from '@observablehq/plot';
import { rowSourceLabel, type CompareSeries } from '../compare/compareView';
import type { UnitCode } from '../data/units';
import { formatTick, type Locale } from './numberFormat';
import { wrapText } from './wrapText';
import { periodLabel } from '../format/documentLabels';
import { COLORS, MARK_STROKE_WIDTH, MARK_STYLE } from './palette';
import { localName } from '../format/localName';

const WIDTH = 400;
const MARGIN = { left: 16, right: 16 };

/**
 * One region's row in a comparison: baseline (filled circle) and final target
 * (hollow circle) joined by a dashed arrow, the latest achieved value (filled
 * square), all on the concept's shared scale so rows can be read against each
 * other. Rows are separate SVGs so a reader's selection can hide them.
 */
export function buildCompareRow(series: CompareSeries, domain: [number, number], width: number = WIDTH): Plot.PlotOptions {
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
      symbol: (d: (typeof data)[number]) => MARK_STYLE[d.kind].symbol,
      r: 6,
      stroke: (d: (typeof data)[number]) => MARK_STYLE[d.kind].stroke,
      fill: (d: (typeof data)[number]) => MARK_STYLE[d.kind].fill,
      strokeWidth: MARK_STROKE_WIDTH,
    }),
  );
  return { width, height: 28, marginLeft: MARGIN.left, marginRight: MARGIN.right, marginTop: 8, marginBottom: 8, x: { domain, axis: null }, y: { domain: [-1, 1], axis: null }, symbol: { type: 'identity' }, marks };
}

/** The shared axis drawn once above the rows; ticks as the locale writes them (1.5万 / 15K). */
export function buildCompareAxis(domain: [number, number], _unit: UnitCode, locale: Locale = 'zh', width: number = WIDTH): Plot.PlotOptions {
  return {
    width,
    height: 36,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 22,
    marginBottom: 0,
    x: { domain, axis: 'top', grid: false, ticks: 5, tickFormat: (n: number) => formatTick(n, locale), label: null },
    marks: [Plot.ruleX([domain[0]], { stroke: 'none' })],
  };
}

/** Row labels in a comparison file: a column this wide, at this size, wrapped onto as many lines as they need. */
export const ROW_LABEL = { width: 190, fontSize: 12, lineHeight: 15, gap: 12 } as const;
/** Years beside the marks: this size, and moved below a mark when the mark to its left is closer than `minGap` px. */
const YEAR_LABEL = { fontSize: 11, minGap: 34, above: -14, below: 16 } as const;

export interface CompareRowLabel {
  /** Unique per row (the indicator), the y domain of the chart. */
  key: string;
  /** The region's name, in bold on its own line(s). */
  region: string[];
  /** The plan period and the indicator's name, wrapped to the label column. */
  detail: string[];
}

/**
 * Each row's label, whole: the region's name, then the period and the indicator's name wrapped
 * onto as many lines as the column needs (never cut: two rows of one region must stay apart).
 */
export function compareRowLabels(series: CompareSeries[], locale: Locale): CompareRowLabel[] {
  const zh = locale === 'zh';
  // Two rows of one region also say where each stands in the document (表1, 正文…).
  const rows = (code: string) => series.filter((x) => x.region.region_code === code).length;
  const where = (s: CompareSeries) => (rows(s.region.region_code) > 1 ? ` · ${rowSourceLabel(s.indicator, locale)}` : '');
  return series.map((s) => ({
    key: s.indicator.indicator_id,
    // Bold text is about 8% wider than the regular widths textWidth knows.
    region: wrapText(zh ? s.region.name_zh : s.region.name_en, ROW_LABEL.width / 1.08, ROW_LABEL.fontSize),
    detail: wrapText(`${periodLabel(s.document, locale)} · ${localName(s.indicator, zh)}${where(s)}`, ROW_LABEL.width, ROW_LABEL.fontSize),
  }));
}

/**
 * Which side of its mark each year goes, from the marks' x in pixels: above, unless the last
 * year above is closer than `minGap` (then below, or wherever there is more room). The sides
 * come back in the points' own order.
 */
export function yearLabelSides(xs: number[], minGap: number = YEAR_LABEL.minGap): ('above' | 'below')[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const sides: ('above' | 'below')[] = xs.map(() => 'above');
  let lastAbove = -Infinity;
  let lastBelow = -Infinity;
  for (const { x, i } of order) {
    const gapAbove = x - lastAbove;
    if (gapAbove >= minGap || gapAbove >= x - lastBelow) {
      sides[i] = 'above';
      lastAbove = x;
    } else {
      sides[i] = 'below';
      lastBelow = x;
    }
  }
  return sides;
}

/**
 * The whole comparison as one chart, for downloads and images: one row per indicator on the
 * shared scale, labelled like the page's rows (region, period, indicator: whole, wrapped), the
 * same marks as the page, each mark with its year, and the axis below.
 */
export function buildCompareChart(series: CompareSeries[], domain: [number, number], unitLabel: string, locale: Locale = 'zh'): Plot.PlotOptions {
  const labels = compareRowLabels(series, locale);
  const keyOf = (s: CompareSeries) => s.indicator.indicator_id;
  const lineCount = Math.max(...labels.map((l) => l.region.length + l.detail.length), 1);
  // Tall enough for the longest label, and for a year above and below the marks.
  const rowHeight = Math.max(56, lineCount * ROW_LABEL.lineHeight + 14);
  const marginLeft = ROW_LABEL.width + ROW_LABEL.gap;
  const width = WIDTH + marginLeft;
  const marginTop = 10;
  const marginBottom = 40;
  const x = (v: number) => marginLeft + ((v - domain[0]) / (domain[1] - domain[0] || 1)) * (width - marginLeft - MARGIN.right);
  const data = series.flatMap((s) => {
    const sides = yearLabelSides(s.points.map((p) => x(p.value)));
    return s.points.map((p, i) => ({ ...p, row: keyOf(s), side: sides[i]!, year: String(p.year) }));
  });
  const arrows = series.flatMap((s) => {
    const baseline = s.points.find((p) => p.kind === 'baseline');
    const target = s.points.find((p) => p.kind === 'target' || p.kind === 'interim_target');
    return baseline && target && target.year > baseline.year ? [{ row: keyOf(s), x1: baseline.value, x2: target.value }] : [];
  });
  type D = (typeof data)[number];
  // Each label block is centred on its row: the region's name in bold, the rest under it.
  const labelMarks = labels.flatMap((l) => {
    const top = -((l.region.length + l.detail.length) * ROW_LABEL.lineHeight) / 2;
    const line = { y: () => l.key, frameAnchor: 'left' as const, dx: -marginLeft, textAnchor: 'start' as const, lineAnchor: 'top' as const, fontSize: ROW_LABEL.fontSize, lineHeight: ROW_LABEL.lineHeight / ROW_LABEL.fontSize, fill: '#1a1f29' };
    return [
      Plot.text([l], { ...line, text: () => l.region.join('\n'), dy: top, fontWeight: 700 }),
      ...(l.detail.length > 0 ? [Plot.text([l], { ...line, text: () => l.detail.join('\n'), dy: top + l.region.length * ROW_LABEL.lineHeight, fill: '#4d5968' })] : []),
    ];
  });
  return {
    width,
    height: marginTop + marginBottom + labels.length * rowHeight,
    marginLeft,
    marginRight: MARGIN.right,
    marginTop,
    marginBottom,
    x: { domain, grid: true, ticks: 5, tickFormat: (n: number) => formatTick(n, locale), label: `${unitLabel} →` },
    // One row every rowHeight px, each mark on its row's middle.
    y: { type: 'point', domain: labels.map((l) => l.key), axis: null, padding: 0, inset: rowHeight / 2 },
    symbol: { type: 'identity' },
    marks: [
      ...labelMarks,
      Plot.arrow(arrows, { x1: 'x1', x2: 'x2', y1: 'row', y2: 'row', stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '5 3', headLength: 0, insetEnd: 7 }),
      Plot.dot(data, {
        x: 'value',
        y: 'row',
        symbol: (d: D) => MARK_STYLE[d.kind].symbol,
        r: 6,
        stroke: (d: D) => MARK_STYLE[d.kind].stroke,
        fill: (d: D) => MARK_STYLE[d.kind].fill,
        strokeWidth: MARK_STROKE_WIDTH,
      }),
      // Plot's dy is a constant, so years above and below the marks are two marks.
      ...(['above', 'below'] as const).map((side) =>
        Plot.text(data.filter((d) => d.side === side), { x: 'value', y: 'row', text: 'year', dy: YEAR_LABEL[side], fontSize: YEAR_LABEL.fontSize, fill: (d: D) => MARK_STYLE[d.kind].stroke, stroke: 'white', strokeWidth: 3 }),
      ),
    ],
  };
}
