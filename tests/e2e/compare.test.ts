import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildConceptComparison } from '../../src/lib/compare/compareView';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

const visibleRegions = (page: import('playwright-core').Page, concept: string) =>
  page.locator(`[data-concept="${concept}"] .cmp-row:not(.none):not([hidden])`).evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset['region']))]);

describe('the compare page', () => {
  test('choosing regions with the keyboard updates the charts and the URL', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/compare/`);
    await expect(visibleRegions(page, 'nursing-bed-share')).resolves.toEqual(['320400', '321200', '330522', '331022']);
    for (const code of ['321200', '330206', '330522']) {
      await page.locator(`input[name="region"][value="${code}"]`).focus();
      await page.keyboard.press('Space');
    }
    await page.waitForURL(/regions=320400,331022$/);
    await expect(visibleRegions(page, 'nursing-bed-share')).resolves.toEqual(['320400', '331022']);
    await expect(page.locator('th[data-matrix-region]:not([hidden])').count()).resolves.toBe(2);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('loading a shared URL restores the selection', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/compare/?regions=331022,320400&concepts=min-living-standard`);
    await expect(page.locator('input[name="region"]:checked').evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value))).resolves.toEqual(['320400', '331022']);
    await expect(page.locator('[data-concept]:not([hidden])').evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset['concept']))).resolves.toEqual(['min-living-standard']);
    await expect(visibleRegions(page, 'min-living-standard')).resolves.toEqual(['320400', '331022']);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('an unknown region code in the URL gets a clear message, and the page still works', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/compare/?regions=331022,999999,320400`);
    await expect(page.locator('main').getByRole('status').textContent()).resolves.toContain('未知的地区代码:\u2068999999\u2069(已忽略)');
    await expect(visibleRegions(page, 'nursing-bed-share')).resolves.toEqual(['320400', '331022']);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('in English, an unknown region code gets an English message, and the page still works', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en/compare/?regions=331022,999999,320400`);
    await expect(page.locator('main').getByRole('status').textContent()).resolves.toContain('Unknown region code: \u2068999999\u2069 (ignored).');
    await expect(visibleRegions(page, 'nursing-bed-share')).resolves.toEqual(['320400', '331022']);
    await page.locator('input[name="region"][value="320400"]').uncheck();
    await expect(page.locator('main').getByRole('status').textContent()).resolves.toBe('A comparison needs at least two regions; please choose another.');
    expectCleanPage(problems);
    await page.context().close();
  });

  test('in English, a region without the figure says so, and a conversion is explained', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/en/compare/min-living-standard/`);
    await expect(page.locator('.cmp-row.none').first().textContent()).resolves.toContain('No comparable figure');
    await expect(page.locator('.cmp-row.none').first().textContent()).resolves.toContain('(not zero)');
    await expect(page.locator('.conversion').first().textContent()).resolves.toContain('divided by 12');
    await page.context().close();
  });

  test('a region without the figure says so instead of showing zero', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/compare/min-living-standard/`);
    await expect(page.locator('.cmp-row.none').first().textContent()).resolves.toContain('无可比数据');
    await expect(page.locator('.conversion').first().textContent()).resolves.toContain('除以12');
    await page.context().close();
  });

  test('the regions list sorts by a column', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/regions/`);
    await page.getByRole('button', { name: '数值' }).click();
    const values = await page.locator('tbody tr td:nth-child(6)').allTextContents();
    expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => a - b));
    await page.context().close();
  });
});

describe('what a comparison shows, on its page and in its embed', () => {
  const data = loadDataset();
  const editions = [
    { locale: 'zh', prefix: '' },
    { locale: 'en', prefix: '/en' },
  ] as const;
  const where = editions.flatMap((e) => [
    { ...e, kind: 'page', path: (c: string) => `${e.prefix}/compare/${c}/` },
    { ...e, kind: 'embed', path: (c: string) => `${e.prefix}/embed/compare/${c}/` },
  ]);

  test.each(where)('$locale $kind: a key names every kind of mark drawn, and each row gives every point’s year', async ({ path }) => {
    const { page, problems } = await openPage(browser);
    for (const concept of data.concepts) {
      const cmp = buildConceptComparison(data, concept.concept_id);
      await page.goto(base + path(concept.concept_id));
      const legend = page.locator('.chart-legend');
      await expect(legend.isVisible()).resolves.toBe(true);
      const kinds = await legend.locator('li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['kind']));
      expect(new Set(kinds)).toEqual(new Set(cmp.series.flatMap((s) => s.points.map((p) => p.kind))));
      const rows = await page.locator('.cmp-row:not(.none) .cmp-values').allInnerTexts();
      expect(rows).toHaveLength(cmp.series.length);
      cmp.series.forEach((s, i) => {
        for (const p of s.points) expect(rows[i], `${concept.concept_id} row ${i + 1}`).toContain(String(p.year));
      });
    }
    expectCleanPage(problems);
    await page.context().close();
  });

  test.each(editions)('$locale: no heading on a compare page or embed repeats another', async ({ prefix }) => {
    const { page } = await openPage(browser);
    const paths = [`${prefix}/compare/`, ...data.concepts.flatMap((c) => [`${prefix}/compare/${c.concept_id}/`, `${prefix}/embed/compare/${c.concept_id}/`])];
    for (const path of paths) {
      await page.goto(base + path);
      const headings = (await page.locator('main :is(h1, h2, h3, h4)').allInnerTexts()).map((h) => h.trim());
      expect(headings.filter((h) => h !== ''), path).toHaveLength(headings.length);
      headings.forEach((h, i) => {
        for (const other of headings.slice(i + 1)) expect(other.includes(h) || h.includes(other), `${path}: “${h}” / “${other}”`).toBe(false);
      });
    }
    await page.context().close();
  });
});
