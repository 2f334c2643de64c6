// Colour-blind-safe (Okabe–Ito hues, darkened to ≥ 4.5:1 on white), and
// never alone: every kind of value also has its own symbol and its own words.
export const COLORS = {
  baseline: '#4d5968',
  plan: '#0b5cad',
  actual: '#a63f00',
  axis: '#4d5968',
} as const;

export const SYMBOLS = {
  baseline: 'circle',
  interim_target: 'diamond',
  target: 'circle',
  actual: 'square',
} as const;

export type ValueKind = keyof typeof SYMBOLS;

/** The width of a mark's outline, in the charts and in their legends. */
export const MARK_STROKE_WIDTH = 2.5;

/**
 * How each kind of value is drawn: what is known (baseline, achieved) is filled, what is
 * planned is hollow. Chart marks and legend swatches both read this, so they cannot drift.
 */
export const MARK_STYLE: Readonly<Record<ValueKind, { symbol: (typeof SYMBOLS)[ValueKind]; stroke: string; fill: string }>> = {
  baseline: { symbol: SYMBOLS.baseline, stroke: COLORS.baseline, fill: COLORS.baseline },
  interim_target: { symbol: SYMBOLS.interim_target, stroke: COLORS.plan, fill: 'white' },
  target: { symbol: SYMBOLS.target, stroke: COLORS.plan, fill: 'white' },
  actual: { symbol: SYMBOLS.actual, stroke: COLORS.actual, fill: COLORS.actual },
};

/** The order a legend lists the kinds in: from where a plan starts to what it reached. */
export const LEGEND_ORDER: readonly ValueKind[] = ['baseline', 'interim_target', 'target', 'actual'];

/**
 * A legend swatch as SVG shapes centred on (cx, cy): the mark's symbol in the mark's fill and
 * outline. Its class (`swatch-<kind>`) names the kind it stands for.
 */
/** The legend swatch of a value drawn as a bar over its years: the bar's own fill and outline (progressChart.ts). */
export const BAR_FILL_OPACITY = 0.18;
export function barSwatchSvg(kind: ValueKind): string {
  const { stroke } = MARK_STYLE[kind];
  return `<rect x="2" y="4" width="12" height="10" fill="${stroke}" fill-opacity="${BAR_FILL_OPACITY}" stroke="${stroke}" stroke-width="1.5" class="swatch-${kind}"/>`;
}

export function swatchSvg(kind: ValueKind, cx: number, cy: number, r = 5): string {
  const { stroke, fill, symbol } = MARK_STYLE[kind];
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${MARK_STROKE_WIDTH}" class="swatch-${kind}"`;
  if (symbol === 'circle') return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
  if (symbol === 'square') return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" ${paint}/>`;
  const d = r * 1.25;
  return `<path d="M${cx} ${cy - d}L${cx + d} ${cy}L${cx} ${cy + d}L${cx - d} ${cy}Z" ${paint}/>`;
}
