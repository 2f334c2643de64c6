import * as Plot from '@observablehq/plot';
import type { Indicator, IndicatorValue } from '../data/schema';
import { GROWTH_UNITS, UNITS } from '../data/units';
import { isPoint, withPeriod } from '../format/valuePeriods';
import { KIND_ORDER, sortValues } from '../data/valueOrder';
import { formatExact, formatTick, type Locale } from './numberFormat';
import { BAR_FILL_OPACITY, COLORS, MARK_STROKE_WIDTH, MARK_STYLE } from './palette';
import { QUALIFIER_SIGN } from '../format/qualifiers';
import { valueInWords } from './describe';

export interface ChartDatum {
  value: IndicatorValue;
  year: number;
  /** Where the mark sits on the x axis: the year of a point, the middle of a period's bar. */
  x: number;
  /** A per-year or cumulative value is a bar over its years (x1–x2); a point has none. */
  bar: { x1: number; x2: number } | null;
  y: number;
  kind: IndicatorValue['value_kind'];
  label: string;
  /** Label placement: above the mark (negative), or below when another value of the same year sits above it. */
  dy: number;
  /**
   * Where the label goes: above or below (as `dy` says); to the right for a middle one of three or
   * more values in one year (only a series across documents has those); none for a figure a later
   * document restates at the same place (the next plan's baseline = the report's result), whose
   * mark sits under the other's.
   */
  labelAt: 'above' | 'below' | 'right' | 'none';
  /** Where the value comes from ("from the 2021–2025 five-year plan"), when the chart draws a series across documents; null otherwise. */
  document: string | null;
}

/** Names the document a value comes from, for a chart of a series across documents. */
export type DocumentOf = (v: IndicatorValue) => string | null;

/** The short label on a mark: qualifier, the exact number, % or ‰ for shares, and the time it covers ("每年8", "8 a year"). */
export function markLabel(v: Pick<IndicatorValue, 'value' | 'qualifier'> & Partial<Pick<IndicatorValue, 'period' | 'period_start' | 'period_end'>>, indicator: Pick<Indicator, 'unit'>, locale: Locale = 'zh'): string {
  const unit = UNITS[indicator.unit];
  const suffix = unit.kind === 'share' ? unit.zh : '';
  const q = QUALIFIER_SIGN[locale][v.qualifier];
  return withPeriod(`${q}${formatExact(v.value, locale)}${suffix}`, { period: v.period ?? 'point', period_start: v.period_start ?? null, period_end: v.period_end ?? null }, GROWTH_UNITS.has(indicator.unit), locale);
}

/** The data behind the chart: one datum per value, labels placed so same-year values do not collide. */
export function chartData(indicator: Indicator, values: IndicatorValue[], locale: Locale = 'zh', documentOf: DocumentOf = () => null): ChartDatum[] {
  const sorted = sortValues(values);
  const data = sorted.map((v): ChartDatum => {
    const sameYear = sorted.filter((o) => o.year === v.year && o !== v);
    const higherNeighbour = sameYear.some((o) => o.value > v.value || (o.value === v.value && KIND_ORDER[o.value_kind] > KIND_ORDER[v.value_kind]));
    const bar = isPoint(v) || v.period_start === null ? null : { x1: v.period_start - 0.4, x2: v.year + 0.4 };
    const dy = higherNeighbour ? 18 : -12;
    return { value: v, year: v.year, x: bar ? (bar.x1 + bar.x2) / 2 : v.year, bar, y: v.value, kind: v.value_kind, label: markLabel(v, indicator, locale), dy, labelAt: dy < 0 ? 'above' : 'below', document: documentOf(v) };
  });
  // Across documents: the same figure at the same place is labelled once (by its later kind), and
  // three or more labels in one year go above, to the right and below, so none overprints another.
  const repeats = (d: ChartDatum, o: ChartDatum) => o !== d && o.value.indicator_id !== d.value.indicator_id && o.x === d.x && o.y === d.y && o.label === d.label && KIND_ORDER[o.kind] > KIND_ORDER[d.kind];
  for (const d of data) if (data.some((o) => repeats(d, o))) Object.assign(d, { labelAt: 'none', dy: 0 });
  for (const x of new Set(data.filter((d) => d.bar === null).map((d) => d.x))) {
    const group = data.filter((d) => d.bar === null && d.x === x && d.labelAt !== 'none').sort((a, b) => b.y - a.y || KIND_ORDER[b.kind] - KIND_ORDER[a.kind]);
    if (group.length < 3) continue;
    group.forEach((d, i) => Object.assign(d, i === 0 ? { labelAt: 'above', dy: -12 } : i === group.length - 1 ? { labelAt: 'below', dy: 18 } : { labelAt: 'right', dy: 0 }));
  }
  return data;
}

/** The y domain: shares on 0–100 (beyond only if a value is), everything else from zero with headroom. */
export function yDomain(indicator: Indicator, values: IndicatorValue[]): [number, number] {
  const nums = values.map((v) => v.value);
  const max = Math.max(0, ...nums);
  const min = Math.min(0, ...nums);
  if (indicator.unit === 'percent') return [min < 0 ? min * 1.2 : 0, max > 100 ? max * 1.1 : 100];
  return [min < 0 ? min * 1.2 : 0, max === 0 ? 1 : max * 1.2];
}

/** The x domain: the years that have values (all the years of a period), with half a year of room either side. */
export function xDomain(values: IndicatorValue[]): [number, number] {
  const years = values.flatMap((v) => (v.period_start === null ? [v.year] : [v.period_start, v.year]));
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? [lo - 1, hi + 1] : [lo - 0.6, hi + 0.6];
}

/**
 * One indicator over time: baseline (filled circle) → interim target (hollow
 * diamond) → target (hollow circle) along a dashed planned path, and achieved
 * values (filled squares) on a solid path from the baseline. Without a
 * baseline there is no path from nowhere: targets stand alone.
 *
 * A series across documents (values of several rows linked by `continues`) is drawn on one
 * chart: every document's marks, each document's paths as on its own chart (a plan's path never
 * runs into the next plan's), and `documentOf` naming each mark's document in its title.
 */
export function buildProgressChart(indicator: Indicator, values: IndicatorValue[], opts: { width?: number; height?: number; locale?: Locale; documentOf?: DocumentOf | undefined } = {}): Plot.PlotOptions {
  const locale = opts.locale ?? 'zh';
  const all = chartData(indicator, values, locale, opts.documentOf);
  // A per-year amount, a total over years or a growth rate is not a level: it is a bar over the
  // years it covers, never a point on the line of levels.
  const bars = all.filter((d) => d.bar !== null);
  const data = all.filter((d) => d.bar === null);
  // One row per document: its paths are drawn from its own values only.
  const rows = [...new Set(data.map((d) => d.value.indicator_id))].map((id) => data.filter((d) => d.value.indicator_id === id));
  const years = [...new Set(all.flatMap((d) => (d.bar ? [d.value.period_start!, d.year] : [d.year])))].sort((a, b) => a - b);
  const unit = UNITS[indicator.unit];
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: COLORS.axis, strokeOpacity: 0.4 })];
  if (bars.length > 0) {
    marks.push(
      Plot.rectY(bars, { x1: (d: ChartDatum) => d.bar!.x1, x2: (d: ChartDatum) => d.bar!.x2, y1: 0, y2: 'y', fill: (d: ChartDatum) => MARK_STYLE[d.kind].stroke, fillOpacity: BAR_FILL_OPACITY, stroke: (d: ChartDatum) => MARK_STYLE[d.kind].stroke, strokeWidth: 1.5 }),
      Plot.text(bars, { x: 'x', y: 'y', text: 'label', dy: -12, fill: (d: ChartDatum) => MARK_STYLE[d.kind].stroke, stroke: 'white', strokeWidth: 4, fontSize: 14, fontWeight: 600 }),
    );
  }
  for (const row of rows) {
    const baseline = row.filter((d) => d.kind === 'baseline');
    const planned = row.filter((d) => d.kind !== 'actual');
    const actual = row.filter((d) => d.kind === 'actual');
    if (baseline.length > 0 && planned.length > 1) {
      marks.push(Plot.line(planned, { x: 'year', y: 'y', stroke: COLORS.plan, strokeWidth: 2, strokeDasharray: '6 4' }));
    }
    if (baseline.length > 0 && actual.length > 0) {
      marks.push(Plot.line([...baseline.slice(-1).filter((b) => b.year <= actual[0]!.year), ...actual], { x: 'year', y: 'y', stroke: COLORS.actual, strokeWidth: 2 }));
    }
  }
  const color = (d: ChartDatum) => MARK_STYLE[d.kind].stroke;
  const named = all.some((d) => d.document !== null);
  marks.push(
    Plot.dot(data, {
      x: 'year',
      y: 'y',
      symbol: (d: ChartDatum) => MARK_STYLE[d.kind].symbol,
      r: 6,
      stroke: color,
      strokeWidth: MARK_STROKE_WIDTH,
      fill: (d: ChartDatum) => MARK_STYLE[d.kind].fill,
      // A series across documents names each mark's document (a <title> on the mark), so the picture alone says where a figure comes from.
      ...(named ? { title: (d: ChartDatum) => `${valueInWords(d.value, indicator, locale)}${locale === 'zh' ? `(${d.document})` : ` (${d.document})`}` } : {}),
    }),
    // Plot's dy is a constant, so labels above and below the marks are two marks.
    ...([['above', -14], ['below', 20]] as const).map(([at, dy]) =>
      Plot.text(data.filter((d) => d.labelAt === at), { x: 'year', y: 'y', text: 'label', dy, fill: color, stroke: 'white', strokeWidth: 4, fontSize: 14, fontWeight: 600 }),
    ),
  );
  const right = data.filter((d) => d.labelAt === 'right');
  if (right.length > 0) {
    marks.push(Plot.text(right, { x: 'year', y: 'y', text: 'label', dx: 12, textAnchor: 'start', fill: color, stroke: 'white', strokeWidth: 4, fontSize: 14, fontWeight: 600 }));
  }
  return {
    // Drawn at phone width so its text stays legible at 320 px; it scales up a little on desktop.
    width: opts.width ?? 400,
    // A lone value needs less room than a path through time.
    height: opts.height ?? (years.length === 1 ? 180 : 240),
    marginTop: 28,
    marginLeft: 48,
    marginRight: 28,
    marginBottom: 32,
    x: { domain: xDomain(values), ticks: years, tickFormat: (y: number) => String(y), label: null },
    y: {
      domain: yDomain(indicator, values),
      grid: true,
      ticks: 5,
      nice: indicator.unit !== 'percent',
      tickFormat: (n: number) => formatTick(n, locale),
      label: locale === 'zh' ? `↑ ${unit.zh}` : `↑ ${unit.en}`,
    },
    symbol: { type: 'identity' },
    marks,
  };
}
