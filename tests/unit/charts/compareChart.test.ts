import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildCompareChart, compareRowLabels, ROW_LABEL, yearLabelSides } from '../../../src/lib/charts/compareChart';
import { legendKinds, legendSvg, stackSvgs } from '../../../src/lib/charts/legend';
import { LEGEND_ORDER, MARK_STYLE, type ValueKind } from '../../../src/lib/charts/palette';
import { charEm, textWidth } from '../../../src/lib/charts/textWidth';
import { buildConceptComparison, rowSourceLabel } from '../../../src/lib/compare/compareView';
import { loadDataset } from '../../../src/lib/validation/loadDataset';
import { periodLabel } from '../../../src/lib/format/documentLabels';
import { plotSvg } from '../../../src/lib/charts/renderChart';
import { wrapText } from '../../../src/lib/charts/wrapText';

const data = loadDataset();
const comparisons = data.concepts.map((c) => buildConceptComparison(data, c.concept_id));
const LOCALES = ['zh', 'en'] as const;
// Wrapped lines joined back: CJK lines were cut between characters, other text between words.
const unwrap = (lines: string[]) => lines.reduce((all, l) => (all === '' ? l : /[\u2E80-\uFFEF]$/.test(all) || /^[\u2E80-\uFFEF]/.test(l) ? all + l : `${all} ${l}`), '');
const paint = (el: Element) => `${el.getAttribute('fill')}|${el.getAttribute('stroke')}`;

describe('text widths for downloaded charts', () => {
  test('CJK characters are one em; Latin letters as wide as the font draws them', () => {
    expect(textWidth('常州市', 12)).toBe(36);
    expect(charEm('i')).toBeLessThan(charEm('n'));
    expect(charEm('m')).toBeGreaterThan(charEm('n'));
    expect(charEm('W')).toBeGreaterThan(0.8);
    // The old estimate (0.6 em a letter) put "Sanmen County" at 93.6 px at 12 px; the font draws it narrower.
    expect(textWidth('Sanmen County', 12)).toBeLessThan(90);
  });

  test('wrapped lines never pass the width, and give the text back whole', () => {
    for (const [text, width] of [['Share of nursing-care beds in elderly-care institution beds', 190], ['其中:护理型床位占机构床位比率(%)', 100], ['Supercalifragilistic', 60]] as const) {
      const lines = wrapText(text, width, 12);
      for (const l of lines) expect(textWidth(l, 12), l).toBeLessThanOrEqual(width);
      expect(lines.join(text.includes(' ') ? ' ' : '')).toBe(text);
    }
  });

  test('a word wider than the line is cut wherever it stands, not only at the start', () => {
    const lines = wrapText('see Supercalifragilisticexpialidocious', 60, 10);
    for (const l of lines) expect(textWidth(l, 10), l).toBeLessThanOrEqual(60);
    expect(lines[0]).toBe('see');
    expect(lines.slice(1).join('')).toBe('Supercalifragilisticexpialidocious');
  });

  test('a line exactly as wide as the room still fits', () => {
    expect(wrapText('三'.repeat(20), 170, 17)).toEqual(['三'.repeat(10), '三'.repeat(10)]);
  });
});

describe('comparison row labels', () => {
  test.each(LOCALES)('every row of every comparison is labelled whole, within the label column, and no two rows alike (%s)', (locale) => {
    for (const cmp of comparisons) {
      const labels = compareRowLabels(cmp.series, locale);
      cmp.series.forEach((s, i) => {
        const label = labels[i]!;
        expect(unwrap(label.region)).toBe(locale === 'zh' ? s.region.name_zh : s.region.name_en);
        // A region with several rows (urban and rural, another denominator) also says where each row stands in the document.
        const where = cmp.repeated.some((r) => r.region_code === s.region.region_code) ? ` · ${rowSourceLabel(s.indicator, locale)}` : '';
        expect(unwrap(label.detail)).toBe(`${periodLabel(s.document, locale)} · ${locale === 'zh' ? s.indicator.name_zh : s.indicator.name_en}${where}`);
        for (const line of [...label.region, ...label.detail]) {
          expect(line).not.toContain('…');
          expect(textWidth(line, ROW_LABEL.fontSize), line).toBeLessThanOrEqual(ROW_LABEL.width);
        }
      });
      const whole = labels.map((l) => [...l.region, ...l.detail].join('\n'));
      expect(new Set(whole).size).toBe(whole.length);
    }
  });
});

describe('years beside the marks', () => {
  test('marks far apart each have their year above', () => {
    expect(yearLabelSides([10, 100, 200])).toEqual(['above', 'above', 'above']);
  });

  test('a mark too close to the one before has its year below; sides come back in the points’ order', () => {
    expect(yearLabelSides([100, 10, 110], 34)).toEqual(['above', 'above', 'below']);
    expect(yearLabelSides([50, 60, 70], 34)).toEqual(['above', 'below', 'above']);
  });
});

describe('the comparison chart file', () => {
  test.each(LOCALES)('shows each point’s year next to it and every row’s label (%s)', (locale) => {
    for (const cmp of comparisons) {
      const { document } = parseHTML(plotSvg(buildCompareChart(cmp.series, cmp.domain, '%', locale)).svg);
      // The file's optimiser folds a mark's group into its only element: its text is then the element itself.
      const texts = [...document.querySelectorAll('[aria-label="text"] text, text[aria-label="text"]')];
      const years = texts.map((t) => t.textContent ?? '').filter((t) => /^\d{4}$/.test(t));
      expect(years.sort()).toEqual(cmp.series.flatMap((s) => s.points.map((p) => String(p.year))).sort());
      const all = texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('\n') || t.textContent).join('\n');
      for (const label of compareRowLabels(cmp.series, locale)) for (const line of [...label.region, ...label.detail]) expect(all).toContain(line);
    }
  });

  test('draws each kind of value with the style its legend shows', () => {
    for (const cmp of comparisons) {
      const { document } = parseHTML(plotSvg(buildCompareChart(cmp.series, cmp.domain, '%')).svg);
      const marks = new Set([...document.querySelectorAll('[aria-label="dot"] path, path[aria-label="dot"]')].map(paint));
      const kinds = legendKinds(cmp.series.flatMap((s) => s.points.map((p) => p.kind)));
      expect(marks).toEqual(new Set(kinds.map((k) => `${MARK_STYLE[k].fill}|${MARK_STYLE[k].stroke}`)));
    }
  });
});

describe('chart legends', () => {
  test('list each kind drawn once, from baseline to achieved', () => {
    expect(legendKinds(['actual', 'target', 'baseline', 'actual'])).toEqual(['baseline', 'target', 'actual']);
    expect(legendKinds([...LEGEND_ORDER].reverse())).toEqual(LEGEND_ORDER);
  });

  test('draw every swatch in its marks’ own fill and outline, and name it', () => {
    const items = LEGEND_ORDER.map((kind) => ({ kind, label: `label-${kind}` }));
    const { document } = parseHTML(legendSvg(items, 600).svg);
    for (const kind of LEGEND_ORDER) {
      const swatch = document.querySelector(`.swatch-${kind}`)!;
      expect(paint(swatch)).toBe(`${MARK_STYLE[kind].fill}|${MARK_STYLE[kind].stroke}`);
    }
    expect([...document.querySelectorAll('text')].map((t) => t.textContent)).toEqual(items.map((i) => i.label));
  });

  test('wrap onto more lines when narrow, and stack above a chart without overlapping it', () => {
    const items = (['baseline', 'target', 'actual'] satisfies ValueKind[]).map((kind) => ({ kind, label: '最新实际值' }));
    const wide = legendSvg(items, 600);
    const narrow = legendSvg(items, 120);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const stacked = stackSvgs([wide, { svg: '<svg width="600" height="100"></svg>', width: 600, height: 100 }], 6);
    expect(stacked.height).toBe(wide.height + 6 + 100);
    expect(stacked.svg).toContain(`<svg x="0" y="${wide.height + 6}" width="600"`);
  });
});
