import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeXml } from '../format/escapeXml';
import { compactSvg, keepMarksApart } from './compactSvg';

export interface RenderedChart {
  /** The SVG markup, ready to put in the page. */
  svg: string;
  width: number;
  height: number;
  /** Maps a data position to SVG pixels, for placing tooltip targets. */
  x: (v: number) => number;
  y: (v: number) => number;
}

/** A chart as a file draws it: a bare SVG with its styling in attributes. */
export interface ChartFileSvg {
  svg: string;
  width: number;
  height: number;
}

interface ScaledSvg {
  outerHTML: string;
  scale(name: 'x' | 'y'): { apply(v: number): number } | undefined;
}

/** The page's stylesheet sets chart text to 13 px; a file has no stylesheet, so the size goes on the element. */
const FILE_FONT_SIZE = '13';

/**
 * The drawing itself, once: Plot's SVG without what breaks our pages or files — its inline
 * <style> and `font-variant` attribute (the CSP, the HTML checker), its class and font family —
 * compacted (compactSvg.ts), each mark kept its own element. A page's drawing also loses Plot's
 * `aria-label` on <g> (axe: aria-prohibited-attr); a file keeps them, naming each layer for
 * whoever edits it. A page and a file then differ only in the root element's attributes.
 */
function draw(options: Plot.PlotOptions, { markLabels }: { markLabels: boolean }): { core: string; scales: Pick<ScaledSvg, 'scale'> } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svgEl = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element & ScaledSvg;
  for (const style of [...svgEl.querySelectorAll('style')]) style.remove();
  if (!markLabels) for (const el of [...svgEl.querySelectorAll('[aria-label]')]) el.removeAttribute('aria-label');
  for (const el of [...svgEl.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');
  svgEl.removeAttribute('class');
  svgEl.removeAttribute('font-family');
  keepMarksApart(svgEl);
  return { core: compactSvg(svgEl.outerHTML), scales: svgEl };
}

/** The drawing with attributes set on (or, for null, removed from) its root <svg>, and markup put first inside it. */
function withRoot(drawing: string, attributes: Record<string, string | null>, first = ''): string {
  // A chart with nothing to draw is compacted to an empty element, <svg …/>.
  const core = drawing.replace(/^(<svg\b[^>]*?)\s*\/>$/, '$1></svg>');
  const open = /^<svg\b([^>]*)>/.exec(core);
  if (!open) throw new Error('a drawing starts with <svg>');
  const kept = [...open[1]!.matchAll(/\s([\w:-]+)="([^"]*)"/g)].filter(([, name]) => !(name! in attributes)).map(([all]) => all);
  const added = Object.entries(attributes).flatMap(([name, value]) => (value === null ? [] : [` ${name}="${escapeXml(value)}"`]));
  return `<svg${kept.join('')}${added.join('')}>${first}${core.slice(open[0].length)}`;
}

const asFile = (core: string, options: Plot.PlotOptions): ChartFileSvg => ({ svg: withRoot(core, { 'font-size': FILE_FONT_SIZE }), width: Number(options.width), height: Number(options.height) });

type ChartLabel = { id: string; title: string; description: string } | { sameAs: string };

function asPageChart(core: string, scales: Pick<ScaledSvg, 'scale'>, options: Plot.PlotOptions, a11y: ChartLabel): RenderedChart {
  const id = 'sameAs' in a11y ? a11y.sameAs : a11y.id;
  const label = 'sameAs' in a11y ? '' : `<title id="${escapeXml(a11y.id)}-title">${escapeXml(a11y.title)}</title><desc id="${escapeXml(a11y.id)}-desc">${escapeXml(a11y.description)}</desc>`;
  const xs = scales.scale('x');
  const ys = scales.scale('y');
  return {
    svg: withRoot(core, { class: 'chart-svg', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` }, label),
    width: Number(options.width),
    height: Number(options.height),
    x: (v) => xs?.apply(v) ?? 0,
    y: (v) => ys?.apply(v) ?? 0,
  };
}

/**
 * Renders Plot options to SVG on the server, fit for our pages: styling moves to site.css, and the
 * chart gets role="img" with a <title> and a <desc> that states the numbers in words; a second
 * drawing of the same chart on the same page (`sameAs`) is labelled by the first's, not a copy.
 */
export function renderChart(options: Plot.PlotOptions, a11y: ChartLabel): RenderedChart {
  const { core, scales } = draw(options, { markLabels: false });
  return asPageChart(core, scales, options, a11y);
}

/** A chart drawn once for a page and for its file (the file has no stylesheet: its text size is set on it). */
export function renderChartAndFile(options: Plot.PlotOptions, a11y: ChartLabel): { chart: RenderedChart; file: ChartFileSvg } {
  const { core, scales } = draw(options, { markLabels: false });
  return { chart: asPageChart(core, scales, options, a11y), file: asFile(core, options) };
}

/** Plot options drawn as a bare SVG for files: no <style> (a CSP would block it), styling kept in attributes. */
export function plotSvg(options: Plot.PlotOptions): ChartFileSvg {
  return asFile(draw(options, { markLabels: true }).core, options);
}
