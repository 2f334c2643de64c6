import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { compactSvg } from './compactSvg';

export interface RenderedChart {
  /** The SVG markup, ready to put in the page. */
  svg: string;
  width: number;
  height: number;
  /** Maps a data position to SVG pixels, for placing tooltip targets. */
  x: (v: number) => number;
  y: (v: number) => number;
}

interface ScaledSvg {
  outerHTML: string;
  scale(name: 'x' | 'y'): { apply(v: number): number } | undefined;
}

/**
 * Renders Plot options to SVG on the server and makes the result fit for our
 * pages: Plot's inline <style> and `font-variant` attribute would break the CSP
 * and the HTML checker, and its `aria-label` on <g> fails axe
 * (aria-prohibited-attr); all three move to site.css or go. The chart gets
 * role="img" with a <title> and a <desc> that states the numbers in words; a second drawing
 * of the same chart on the same page (`sameAs`) is labelled by the first's, not a copy of them.
 */
export function renderChart(options: Plot.PlotOptions, a11y: { id: string; title: string; description: string } | { sameAs: string }): RenderedChart {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svgEl = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element & ScaledSvg;
  for (const style of [...svgEl.querySelectorAll('style')]) style.remove();
  for (const el of [...svgEl.querySelectorAll('[aria-label]')]) el.removeAttribute('aria-label');
  for (const el of [...svgEl.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');
  svgEl.setAttribute('class', 'chart-svg');
  svgEl.setAttribute('role', 'img');
  const id = 'sameAs' in a11y ? a11y.sameAs : a11y.id;
  svgEl.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  svgEl.removeAttribute('font-family');
  if (!('sameAs' in a11y)) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.setAttribute('id', `${a11y.id}-title`);
    title.textContent = a11y.title;
    const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
    desc.setAttribute('id', `${a11y.id}-desc`);
    desc.textContent = a11y.description;
    svgEl.insertBefore(desc, svgEl.firstChild);
    svgEl.insertBefore(title, svgEl.firstChild);
  }
  const xs = svgEl.scale('x');
  const ys = svgEl.scale('y');
  return {
    svg: compactSvg(svgEl.outerHTML),
    width: Number(options.width),
    height: Number(options.height),
    x: (v) => xs?.apply(v) ?? 0,
    y: (v) => ys?.apply(v) ?? 0,
  };
}
