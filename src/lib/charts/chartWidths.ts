/**
 * Each chart on a page is drawn twice, at the two widths it is shown at, so its text stays
 * readable (about 11–15 px) whether the column is a phone's or a desktop's; CSS shows the one
 * that fits its container (src/styles/chartWidths.css, same breakpoint).
 */
export const CHART_WIDTHS = {
  /** Phones, embeds in narrow columns: shown up to 1.2× (480 px). */
  narrow: 400,
  /** Desktop columns from 600 px: shown at 0.83–1×. */
  wide: 720,
} as const;

/** A wide drawing is this much taller than the narrow one, so it does not turn into a strip. */
export const WIDE_HEIGHT_FACTOR = 1.25;
