import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { DIST } from './builtPages';
import { loadDataset } from '../../src/lib/validation/loadDataset';

const base = inject('baseUrl');
const PAGE = '/indicators/sanmen-fyp14.t2-nursing-bed-share/';
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

const visibleTip = (page: Page) => page.locator('.chart-tip:not([hidden])');

describe('an indicator chart', () => {
  test('is SVG in the HTML, with a title and a description in words, before any script runs', () => {
    const html = readFileSync(join(DIST, PAGE, 'index.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('2020年基期值53%;2022年中期目标55%;2025年目标值58%。约束性指标。');
  });

  test('shows a tooltip with year, value and source quote on hover', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(base + PAGE);
    await page.locator('.chart-point').nth(2).hover();
    await expect(visibleTip(page).textContent()).resolves.toMatch(/^2025年 目标值:58%/);
    // The quote is a table row: read as heading–cell pairs under the table's own headings, not as "| 53 | 55 |".
    const pairs = await visibleTip(page).locator('.chart-tip-row > div').evaluateAll((rows) => rows.map((r) => `${r.querySelector('dt')!.textContent}=${r.querySelector('dd')!.textContent}`));
    expect(pairs).toEqual(expect.arrayContaining(['主要指标=养老机构护理型床位占比(%)', '2020年 实际值=53', '2025年 目标值=58', '指标 属性=约束性']));
    await expect(visibleTip(page).textContent()).resolves.not.toContain(' | ');
    await page.mouse.move(0, 0);
    await expect(visibleTip(page).count()).resolves.toBe(0);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('shows the tooltip on keyboard focus, hides it on Escape, and Enter opens the quote in the source', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(base + PAGE);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('chart-point'))); i++) await page.keyboard.press('Tab');
    await expect(visibleTip(page).textContent()).resolves.toContain('2020年 基期值:53%');
    await page.keyboard.press('Escape');
    await expect(visibleTip(page).count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.closest('ol > li')?.textContent)).toContain('养老机构护理型床位占比(%) | 53 | 55 | 58');
    expectCleanPage(problems);
    await page.context().close();
  });

  test('toggles a table with the same numbers', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(base + PAGE);
    const details = page.locator('details.chart-table');
    // The values table, not the small tables that set a quoted table row under its headings.
    const table = details.locator('table.list');
    await expect(table.isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(table.isVisible()).resolves.toBe(true);
    const cells = await table.locator(':scope > tbody > tr > td.num:nth-child(3)').allTextContents();
    const labels = await page.locator('svg.chart-svg text').allTextContents();
    expect(cells).toEqual(['53%', '55%', '58%']);
    for (const c of cells) expect(labels).toContain(c);
    await details.locator('summary').press('Enter');
    await expect(table.isVisible()).resolves.toBe(false);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('on the English page speaks English (words, axis, tooltip, table) and keeps the quote in Chinese', async () => {
    const html = readFileSync(join(DIST, `/en${PAGE}`, 'index.html'), 'utf8');
    expect(html).toContain('2020 baseline: 53%; 2022 interim target: 55%; 2025 target: 58%. Binding indicator.');
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en${PAGE}`);
    await page.locator('.chart-point').nth(2).hover();
    await expect(visibleTip(page).textContent()).resolves.toMatch(/^2025 target: 58%.*养老机构护理型床位占比\(%\).*Click a mark/);
    await expect(visibleTip(page).locator('.chart-tip-row').getAttribute('lang')).resolves.toBe('zh-CN');
    const details = page.locator('details.chart-table');
    await details.locator('summary', { hasText: 'Show as table' }).click();
    await expect(details.locator('table.list > thead th').allTextContents()).resolves.toEqual(['Year', 'Kind', 'Value', 'As written', 'Source quote (Chinese)']);
    await expect(details.locator('table.list > tbody > tr > td:nth-child(2)').allTextContents()).resolves.toEqual(['baseline', 'interim target', 'target']);
    await page.locator('.chart-point').nth(0).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('an English name that keeps a Chinese word marks it in the page and leaves it out of the chart title', () => {
    const html = readFileSync(join(DIST, '/en/indicators/sanmen-fyp14.social-workers-qualified/', 'index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Persons holding the social worker \(<span lang="zh-CN">社会工作师<\/span>\) qualification<\/h1>/);
    expect(html).toMatch(/<title id="[^"]+-title">Persons holding the social worker qualification<\/title>/);
    expect(html).toMatch(/<title>Persons holding the social worker[^<\u3400-\u9fff]*<\/title>/);
  });

  // What a reader sees of the chart drawn for their screen: its width, its text at the size it is
  // shown, and where each focusable point sits against the centre of its mark.
  const shownChart = (page: Page) =>
    page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const textPx = [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      // Marks are the paths with the marks' outline width. Compacted (compactSvg.ts), marks of one
      // style share a path, one outline each: each is found by walking the path, where a gap is a new mark.
      const markPaths = [...svg.querySelectorAll<SVGPathElement>('g[stroke-width="2.5"] > path, path[stroke-width="2.5"]')];
      const marks = markPaths.flatMap((path) => {
        const ctm = path.getScreenCTM()!;
        const outlines: DOMPoint[][] = [];
        let last: DOMPoint | null = null;
        for (let at = 0; at <= path.getTotalLength(); at += 0.5) {
          const p = path.getPointAtLength(at).matrixTransform(ctm);
          if (!last || Math.hypot(p.x - last.x, p.y - last.y) > 3) outlines.push([]);
          outlines.at(-1)!.push(p);
          last = p;
        }
        return outlines.map((o) => {
          const xs = o.map((p) => p.x);
          const ys = o.map((p) => p.y);
          return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
        });
      });
      const points = [...document.querySelectorAll<HTMLElement>('figure.chart .chart-point')].map((p) => centre(p.getBoundingClientRect()));
      return { width: svg.getBoundingClientRect().width, minText: Math.min(...textPx), maxText: Math.max(...textPx), marks, points, scrolls: document.documentElement.scrollWidth > window.innerWidth };
    });

  test('on a desktop uses the width it has, with text neither tiny nor huge', async () => {
    const { page, problems } = await openPage(browser, { width: 1280 });
    await page.goto(base + PAGE);
    const chart = await shownChart(page);
    expect(chart.width).toBeGreaterThanOrEqual(680);
    expect(chart.minText).toBeGreaterThanOrEqual(11);
    expect(chart.maxText).toBeLessThanOrEqual(18);
    expectCleanPage(problems);
    await page.context().close();
  });

  test.each([375, 1280])('at %i px each focusable point sits on its mark', async (width) => {
    const { page, problems } = await openPage(browser, { width });
    await page.goto(base + PAGE);
    const chart = await shownChart(page);
    expect(chart.scrolls).toBe(false);
    expect(chart.minText).toBeGreaterThanOrEqual(10);
    expect(chart.points.length).toBeGreaterThan(0);
    expect(chart.marks).toHaveLength(chart.points.length);
    const byX = (a: { x: number }, b: { x: number }) => a.x - b.x;
    const marks = [...chart.marks].sort(byX);
    [...chart.points].sort(byX).forEach((p, i) => {
      expect(Math.abs(p.x - marks[i]!.x)).toBeLessThan(2);
      expect(Math.abs(p.y - marks[i]!.y)).toBeLessThan(2);
    });
    expectCleanPage(problems);
    await page.context().close();
  });

  test('a region dashboard fits a 320 px screen without sideways scrolling, one compact row per indicator', async () => {
    const { page, problems } = await openPage(browser, { width: 320 });
    await page.goto(`${base}/regions/320400/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const rows = await page.locator('.dash-row').count();
    // Every indicator of the city's documents once: a row repeating a table's figure in the text (duplicate_of) is not listed again.
    const data = loadDataset();
    const docs = new Set(data.documents.filter((d) => d.region_code === '320400').map((d) => d.doc_id));
    expect(rows).toBe(data.indicators.filter((i) => docs.has(i.doc_id) && i.duplicate_of === null).length);
    // Names wrap rather than being cut, so a long one takes more lines; a typical (median) row stays
    // compact: 20 of them within the height of a common phone screen (812 px).
    const heights = await page.locator('.dash-row').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height).sort((a, b) => a - b));
    expect(heights[Math.floor(heights.length / 2)]! * 20).toBeLessThanOrEqual(812);
    expectCleanPage(problems);
    await page.context().close();
  });
});
