// The two faces of the chart font the browser uses to draw a chart's PNG (regular and bold, as
// NOTO_SANS_SC lists them), and where the site serves them. Shared by the font endpoint and the
// share panel, so the two cannot disagree.
export const CHART_FONT_FACES = ['regular', 'bold'] as const;
export const CHART_FONT_WEIGHTS: Record<(typeof CHART_FONT_FACES)[number], number> = { regular: 400, bold: 700 };
export const chartFontPath = (face: (typeof CHART_FONT_FACES)[number]) => `/fonts/chart-${face}.woff2`;
