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
