import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildConceptComparison } from '../../src/lib/compare/compareView';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { subsetFonts } from '../../src/lib/downloads/fontSubset';
import { DIST } from './builtPages';

// The comparison files as a journalist downloads them (/downloads/compare/<concept>.svg, .csv;
// the same under /en/), checked against the dataset they come from.
const data = loadDataset();
const editions = [
  { locale: 'zh', dir: join(DIST, 'downloads', 'compare') },
  { locale: 'en', dir: join(DIST, 'en', 'downloads', 'compare') },
] as const;
const cases = editions.flatMap((e) => data.concepts.map((c) => ({ ...e, concept: c.concept_id })));

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const fileOf = (c: (typeof cases)[number], ext: 'svg' | 'csv') => readFileSync(join(c.dir, `${c.concept}.${ext}`), 'utf8');
// Noto Sans SC, the font the PNGs are drawn with, cut to the files' characters as the build does (same glyphs, ~30 ms a run instead of ~1 s).
let fontFiles: string[] = [];
beforeAll(async () => {
  fontFiles = await subsetFonts(cases.map((c) => fileOf(c, 'svg')).join(''));
});
const SHAPES = 'rect, path, line, circle, polyline, polygon, title';

/**
 * The real extent of a file's text, measured by resvg with the font its PNG is drawn with: every
 * shape removed, and nested <svg>s (which clip) turned into plain translated groups, so text that
 * runs out of its chart is measured where it goes, not where it is cut.
 */
function textExtent(svg: string): { x: number; y: number; width: number; height: number } {
  const doc = parse(svg);
  for (const el of [...doc.querySelectorAll(SHAPES)]) el.remove();
  const root = doc.documentElement;
  for (const nested of [...root.querySelectorAll('svg')]) {
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g', {});
    g.setAttribute('transform', `translate(${nested.getAttribute('x') ?? 0},${nested.getAttribute('y') ?? 0})`);
    for (const a of ['font-size', 'font-family', 'text-anchor', 'fill']) if (nested.hasAttribute(a)) g.setAttribute(a, nested.getAttribute(a)!);
    while (nested.firstChild) g.appendChild(nested.firstChild);
    nested.replaceWith(g);
  }
  const bbox = new Resvg(root.toString(), { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans SC' }, logLevel: 'error' }).getBBox();
  if (!bbox) throw new Error('no text');
  return { x: bbox.x, y: bbox.y, width: bbox.width, height: bbox.height };
}

describe.each(cases)('the comparison file $dir/$concept.svg', (c) => {
  const { locale, concept } = c;
  const svg = fileOf(c, 'svg');
  const doc = parse(svg);
  const root = doc.documentElement;
  const [, , viewWidth, viewHeight] = (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number) as [number, number, number, number];
  // The framed chart: the <svg> nested in the file; its texts are the chart's own.
  const chart = root.querySelector('svg')!;
  const chartTexts = [...chart.querySelectorAll('text')];
  const cmp = buildConceptComparison(data, concept);
  const csv = Papa.parse<Record<string, string>>(fileOf(c, 'csv').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  test('names every row whole: region and indicator, nothing cut with …', () => {
    const text = chartTexts.map((t) => t.textContent ?? '').join(' ');
    expect(text).not.toContain('…');
    // Lines wrap between words (English) or characters (Chinese): compared without the breaks.
    const flat = chartTexts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent).join(' ').replace(/\s+/g, '');
    for (const s of cmp.series) {
      expect(flat).toContain((locale === 'zh' ? s.region.name_zh : s.region.name_en).replace(/\s+/g, ''));
      expect(flat).toContain((locale === 'zh' ? s.indicator.name_zh : s.indicator.name_en).replace(/\s+/g, ''));
    }
  });

  test('keeps all its text inside the picture, measured with the font the PNG uses', () => {
    const box = textExtent(svg);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewWidth);
    expect(box.y + box.height).toBeLessThanOrEqual(viewHeight);
    // The chart's own text stays inside the chart's box, where the file would otherwise clip it.
    const chartBox = textExtent(`<svg xmlns="http://www.w3.org/2000/svg" font-family="${root.getAttribute('font-family')}">${chart.toString().replace(/^<svg\b/, '<svg x="0" y="0"')}</svg>`);
    expect(chartBox.x).toBeGreaterThanOrEqual(0);
    expect(chartBox.x + chartBox.width).toBeLessThanOrEqual(Number(chart.getAttribute('width')));
  });

  test('shows the year of every point it draws, as its CSV lists them', () => {
    const years = chartTexts.filter((t) => !t.closest('[aria-label="x-axis tick label"]')).map((t) => t.textContent?.trim() ?? '').filter((t) => /^\d{4}$/.test(t));
    expect(years.sort()).toEqual(csv.map((r) => r['year']).sort());
  });

  test('has a legend whose swatches are painted exactly like the marks, one per kind drawn', () => {
    const paint = (el: Element) => `${el.getAttribute('fill')}|${el.getAttribute('stroke')}`;
    const swatches = [...root.querySelectorAll('[class^="swatch-"]')];
    const kinds = swatches.map((s) => s.getAttribute('class')!.replace('swatch-', ''));
    expect(new Set(kinds)).toEqual(new Set(csv.map((r) => r['value_kind'])));
    expect(kinds).toHaveLength(new Set(kinds).size);
    // Marks are drawn in the CSV's order: each is painted like the swatch of its row's kind.
    const marks = [...root.querySelectorAll('g[aria-label="dot"] path')];
    expect(marks).toHaveLength(csv.length);
    const swatchOf = new Map(swatches.map((s, i) => [kinds[i], paint(s)]));
    marks.forEach((m, i) => expect(paint(m), `${csv[i]!['region']} ${csv[i]!['year']} ${csv[i]!['value_kind']}`).toBe(swatchOf.get(csv[i]!['value_kind']!)));
  });
});
