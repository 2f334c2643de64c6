import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { UI } from '../../src/lib/i18n/ui';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

/**
 * What a reader types and what must come first. One row per case: the English
 * edition adds rows such as { from: '/en/', query: 'nursing beds', … } and
 * { from: '/en/', query: 'Changzhou', path: '/en/regions/320400/', … }.
 */
const FIRST_RESULTS: { from: string; query: string; path: string | RegExp; title: RegExp; count: string }[] = [
  // An indicator named for nursing-care beds, not the comparison page or a region page that mentions them.
  { from: '/', query: '护理型床位', path: /^\/indicators\/[^/]+\/$/, title: /护理型床位/, count: '条结果' },
  // The city's own page, ahead of its source document and its hundred indicators.
  { from: '/', query: '常州', path: '/regions/320400/', title: /^常州市$/, count: '条结果' },
  // No page is titled just 养老: an indicator whose name says 养老 comes first.
  { from: '/', query: '养老', path: /^\/indicators\/[^/]+\/$/, title: /养老/, count: '条结果' },
  // The English edition searches its own pages, by their English names.
  { from: '/en/', query: 'nursing beds', path: /^\/en\/indicators\/[^/]+\/$/, title: /nursing/i, count: 'results' },
  { from: '/en/', query: 'Changzhou', path: '/en/regions/320400/', title: /^Changzhou$/, count: 'results' },
  // The English for 养老: an elderly-care indicator or region comes first.
  { from: '/en/', query: 'elderly care', path: /^\/en\/(indicators|regions)\/[^/]+\/$/, title: /elderly/i, count: 'results' },
];

const box = (page: Page) => page.locator('form[data-site-search="header"] input[type="search"]');
const results = (page: Page) => page.locator('form[data-site-search="header"] .search-results > li > a');

async function typeQuery(page: Page, query: string): Promise<void> {
  await box(page).focus();
  await page.keyboard.type(query);
  await results(page).first().waitFor({ state: 'visible' });
}

describe('site search', () => {
  test.each(FIRST_RESULTS)('typing $query lists the right page first', async ({ from, query, path, title, count }) => {
    const { page, problems } = await openPage(browser);
    await page.goto(base + from);
    await typeQuery(page, query);
    const first = results(page).first();
    const href = new URL((await first.getAttribute('href')) ?? '', base).pathname;
    if (typeof path === 'string') expect(href).toBe(path);
    else expect(href).toMatch(path);
    expect(await first.locator('.search-title').textContent()).toMatch(title);
    // Announced to screen readers.
    await expect.poll(() => page.locator('form[data-site-search="header"] [role="status"]').textContent()).toMatch(new RegExp(`^\\d+ ${count}$`));
    expectCleanPage(problems);
    await page.context().close();
  });

  test('loads Pagefind only once the reader uses the search box', async () => {
    const { page, problems } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/regions/331022/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('works by keyboard alone: Tab to the box, type, arrow to a result, Enter opens it', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/`);
    for (let i = 0; i < 12 && !(await box(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('常州');
    await results(page).first().waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    expect(await results(page).first().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await results(page).first().evaluate((el) => el === document.activeElement)).toBe(true);
    await Promise.all([page.waitForURL(`${base}/regions/320400/`), page.keyboard.press('Enter')]);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('Escape closes the list and returns to the box; Tab also reaches the results', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/`);
    await typeQuery(page, '养老');
    const panel = page.locator('form[data-site-search="header"] .search-panel');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('服务');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('Enter in the box opens the search page with every result, and its URL can be shared', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/projects/`);
    await box(page).focus();
    await page.keyboard.type('殡仪馆');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    const list = page.locator('form[data-site-search="page"] .search-results > li > a');
    await list.first().waitFor({ state: 'visible' });
    expect(await page.locator('form[data-site-search="page"] input').inputValue()).toBe('殡仪馆');
    expect(await list.count()).toBeGreaterThan(1);
    // A project is found as its own row on the projects page (a sub-result with the row's anchor).
    expect(await page.locator('form[data-site-search="page"] .search-sections a[href*="#row-"]').count()).toBeGreaterThan(0);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('excerpts read as text from the page: no interface labels, no words glued across elements', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en/`);
    // Queries that reach indicator, region, comparison and project pages in both editions.
    const queries = ['target', 'beds', 'nursing beds', 'burial', 'investment', '目标', '床位', '殡仪馆'];
    // A string, so the test runner's bundler leaves the page's own import() alone.
    const excerpts = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const out = [];
      for (const q of ${JSON.stringify(queries)}) {
        const found = await pagefind.search(q);
        for (const result of found.results.slice(0, 20)) {
          const d = await result.data();
          out.push(d.excerpt, ...d.sub_results.map((s) => s.excerpt));
        }
      }
      return out.map((e) => e.replace(/<\\/?mark>/g, ''));
    })()`);
    expect(excerpts.length).toBeGreaterThan(queries.length);
    const labels = [UI.en['indicator.chart.showTable'], UI.zh['indicator.chart.showTable'], UI.en['indicator.chart.sourceLink'], UI.en['region.note.source']];
    const badges = [UI.en['region.badge.binding'], UI.en['region.badge.expected']];
    for (const excerpt of excerpts) {
      for (const label of labels) expect(excerpt, excerpt).not.toContain(label);
      // "bindingShare", "WorkInvestmentBeds", "beds63": two elements' texts run together.
      expect(excerpt, excerpt).not.toMatch(/[a-z][A-Z][a-z]|[a-z]{3}\d/);
      for (const badge of badges) expect(excerpt, excerpt).not.toMatch(new RegExp(`\\b${badge}[a-z]`, 'i'));
    }
    expectCleanPage(problems);
    await page.context().close();
  });

  test('says so when nothing matches', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/`);
    await box(page).focus();
    await page.keyboard.type('zzzqqq');
    const status = page.locator('form[data-site-search="header"] [role="status"]');
    await expect.poll(() => status.textContent()).toContain('zzzqqq');
    expect(await results(page).count()).toBe(0);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('says so when the search files cannot be loaded', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${base}/`);
    await box(page).focus();
    await page.keyboard.type('养老');
    const status = page.locator('form[data-site-search="header"] [role="status"]');
    await expect.poll(() => status.textContent()).toBe(UI.zh['search.error']);
    expect(await page.locator('form[data-site-search="header"] .search-message').isVisible()).toBe(true);
    await page.context().close();
  });

  test('fits a 375 px phone: the list stays on screen and nothing scrolls sideways', async () => {
    const { page, problems } = await openPage(browser, { width: 375, height: 800 });
    await page.goto(`${base}/indicators/changxing-fyp14.nursing-bed-share/`);
    await typeQuery(page, '护理型床位');
    const panel = await page.locator('form[data-site-search="header"] .search-panel').boundingBox();
    expect(panel).not.toBeNull();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expectCleanPage(problems);
    await page.context().close();
  });
});
