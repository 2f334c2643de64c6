import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeIndicator } from '../../../src/lib/charts/describe';
import { buildProgressChart } from '../../../src/lib/charts/progressChart';
import { plotSvg, renderChart } from '../../../src/lib/charts/renderChart';
import { drawAtBothWidths } from '../../../src/lib/charts/bothWidths';
import { CASES } from './chartFixtures';
import { goldenFileMismatch, prettySvg } from '../../golden';

const SNAPSHOTS = join(import.meta.dirname, '..', '..', 'snapshots');

const render = (name: keyof typeof CASES) => {
  const { indicator, values } = CASES[name];
  return renderChart(buildProgressChart(indicator, values), { id: `c-${name}`, title: indicator.name_zh, description: describeIndicator(indicator, values) });
};

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('the rendered %s chart', (name) => {
  test('matches the golden SVG a person has looked at', () => {
    const mismatch = goldenFileMismatch(prettySvg(render(name).svg), join(SNAPSHOTS, `${name}.svg`));
    expect(mismatch, mismatch ?? '').toBeNull();
  });

  test('passes the CSP, the HTML checker and axe by construction', () => {
    const { svg } = render(name);
    expect(svg).not.toMatch(/<style/);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/font-variant=/);
    expect(svg).not.toMatch(/<g[^>]*aria-label=/);
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).toContain('role="img"');
    expect(root).toContain(`aria-labelledby="c-${name}-title c-${name}-desc"`);
    expect(svg).toContain(`<title id="c-${name}-title">`);
  });
});

describe('a second drawing of a chart on the same page', () => {
  test('is labelled by the first one’s title and description, and repeats neither', () => {
    const { indicator, values } = CASES.progress;
    const first = render('progress').svg;
    const second = renderChart(buildProgressChart(indicator, values, { width: 720 }), { sameAs: 'c-progress' }).svg;
    expect(/^<svg[^>]*>/.exec(second)![0]).toContain('aria-labelledby="c-progress-title c-progress-desc"');
    expect(second).not.toMatch(/<title|<desc|\sid=/);
    expect(first).toContain('<title id="c-progress-title">');
    expect(first).toContain('<desc id="c-progress-desc">');
  });
});

describe('chart text alternatives', () => {
  test('state every number in words', () => {
    const { indicator, values } = CASES.progress;
    expect(describeIndicator(indicator, values)).toBe('养老机构护理型床位占比:2020年基期值53%;2022年中期目标55%;2025年目标值不低于58%。约束性指标。');
  });

  test('escape hostile names', () => {
    const { values } = CASES.progress;
    const indicator = { ...CASES.progress.indicator, name_zh: '<script>alert(1)</script>' };
    const { svg } = renderChart(buildProgressChart(indicator, values), { id: 'x', title: indicator.name_zh, description: describeIndicator(indicator, values) });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('a chart with nothing to draw', () => {
  test('is still a whole element, labelled, in the page and in its file', () => {
    const empty = { width: 400, height: 50, marks: [] };
    const { svg } = renderChart(empty, { id: 'empty', title: 'T', description: 'D' });
    expect(svg).toMatch(/^<svg[^>]*><title id="empty-title">T<\/title><desc id="empty-desc">D<\/desc><\/svg>$/);
    expect(plotSvg(empty).svg).toMatch(/^<svg[^>]* font-size="13"><\/svg>$/);
  });
});

describe('a page chart at both widths (drawAtBothWidths)', () => {
  const { indicator, values } = CASES.progress;
  test('labels the narrow drawing by the wide one, and marks Chinese words only in English', () => {
    const a11y = { id: 'c-both', title: 'Nursing beds', description: 'beds in 养老机构' };
    const zh = drawAtBothWidths((width) => buildProgressChart(indicator, values, { width }), a11y, 'zh');
    expect(zh.narrow).toContain('aria-labelledby="c-both-title c-both-desc"');
    expect(zh.narrow).not.toContain('<title');
    expect(zh.wide).toContain('<title id="c-both-title">Nursing beds</title>');
    expect(zh.wide).not.toContain('lang="zh-CN"');
    const en = drawAtBothWidths((width) => buildProgressChart(indicator, values, { width, locale: 'en' }), a11y, 'en');
    expect(en.wide).toContain('lang="zh-CN"');
  });
});
