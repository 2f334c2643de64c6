import type { Indicator, IndicatorValue } from '../data/schema';
import { UNITS } from '../data/units';
import { isPoint } from '../format/valuePeriods';

export interface GlyphMark {
  kind: IndicatorValue['value_kind'];
  /** Position on the row's own 0–100 track. */
  x: number;
}

export interface RowGlyph {
  marks: GlyphMark[];
  /** Dashed planned path (baseline → final target) and solid achieved path (baseline → latest actual). */
  paths: { kind: 'plan' | 'actual'; from: number; to: number }[];
  domain: [number, number];
}

const PAD = 6;

/**
 * The compact dot-arrow glyph of a dashboard row: baseline, final target and
 * latest achieved value on the indicator's own track (shares on 0–100). It
 * draws a path only from a real baseline; a lone target stays a lone ring.
 */
export function buildRowGlyph(indicator: Pick<Indicator, 'unit'>, values: IndicatorValue[]): RowGlyph | null {
  // Only levels are placed on the glyph's scale; amounts over a period are written out instead.
  if (values.length === 0 || !values.every(isPoint)) return null;
  const latest = (kind: IndicatorValue['value_kind']) => values.filter((v) => v.value_kind === kind).sort((a, b) => b.year - a.year)[0];
  const baseline = values.filter((v) => v.value_kind === 'baseline').sort((a, b) => a.year - b.year)[0];
  const target = latest('target') ?? latest('interim_target');
  const actual = latest('actual');
  const shown = [baseline, target, actual].filter((v): v is IndicatorValue => v !== undefined);
  const nums = shown.map((v) => v.value);
  const lo = Math.min(0, ...nums);
  const hi = UNITS[indicator.unit].kind === 'share' && indicator.unit === 'percent' && Math.max(...nums) <= 100 ? 100 : Math.max(...nums, 0) * 1.1 || 1;
  const pos = (v: number) => PAD + ((100 - 2 * PAD) * (v - lo)) / (hi - lo);
  const paths: RowGlyph['paths'] = [];
  if (baseline && target && target.year > baseline.year) paths.push({ kind: 'plan', from: pos(baseline.value), to: pos(target.value) });
  if (baseline && actual && actual.year > baseline.year) paths.push({ kind: 'actual', from: pos(baseline.value), to: pos(actual.value) });
  return { marks: shown.map((v) => ({ kind: v.value_kind, x: pos(v.value) })), paths, domain: [lo, hi] };
}
