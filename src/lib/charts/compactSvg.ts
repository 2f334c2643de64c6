import { optimize } from 'svgo';

/**
 * Plot writes every tick and grid line as its own element placed by a transform, with
 * coordinates to 15 digits: about a third of a chart's bytes, and charts are most of the
 * site's. SVGO (the standard optimiser) rewrites them as a few paths with coordinates to
 * 0.01 px. Only drawing is touched — no plugin here removes an id, a <title>, a <desc>, an
 * aria attribute or text — so the chart looks, reads and is announced the same. This short
 * list of plugins costs about a third of SVGO's default preset for nearly all of its gain.
 */
const PLUGINS = ['cleanupNumericValues', 'convertShapeToPath', 'collapseGroups', 'convertTransform', 'convertPathData', 'mergePaths'] as const;

/** Set on each mark by keepMarksApart: paths that differ in it are never merged; compactSvg removes it. */
const MARK_ATTRIBUTE = 'data-mark';

/**
 * Each drawn value stays its own element — one dot, one bar — so a file's reader can pick a mark
 * out, and the page can find it; only the decoration (grid, ticks: aria-hidden) is merged.
 */
export function keepMarksApart(svg: Element): void {
  let n = 0;
  for (const el of svg.querySelectorAll('path, line, rect, circle, ellipse, polygon, polyline')) {
    if (!el.closest('[aria-hidden="true"]')) el.setAttribute(MARK_ATTRIBUTE, String(n++));
  }
}

export function compactSvg(svg: string): string {
  return optimize(svg, { floatPrecision: 2, plugins: [...PLUGINS] }).data.replace(new RegExp(` ${MARK_ATTRIBUTE}="\\d+"`, 'g'), '');
}
