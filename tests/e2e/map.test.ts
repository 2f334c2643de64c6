import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BUDGETS } from '../budgets';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { DIST } from './builtPages';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { parseHTML } from 'linkedom';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

describe('the projects map', () => {
  test('is usable before any JavaScript: a build-time SVG map, the list of sites without a point, and the table', () => {
    const html = readFileSync(join(DIST, 'projects', 'index.html'), 'utf8');
    expect(html).toMatch(/<svg class="static-map"[^>]*role="img"/);
    expect((html.match(/<circle data-project=/g) ?? []).length).toBeGreaterThan(20);
    expect(html).toContain('没有具体地点的项目');
    expect((html.match(/<tr id="row-/g) ?? []).length).toBe(loadDataset().projects.length);
  });

  test('offers year filters bounded by the years its projects have, and none where no project has a year', () => {
    const data = loadDataset();
    const regionOf = new Map(data.documents.map((d) => [d.doc_id, d.region_code]));
    const pages = [{ path: 'projects', projects: data.projects }, ...[...new Set(data.projects.map((p) => regionOf.get(p.doc_id)!))].map((code) => ({ path: `regions/${code}`, projects: data.projects.filter((p) => regionOf.get(p.doc_id) === code) }))];
    for (const { path, projects } of pages) {
      const years = projects.flatMap((p) => [p.start_year, p.end_year]).filter((y): y is number => y !== null);
      for (const prefix of ['', 'en/']) {
        const { document } = parseHTML(readFileSync(join(DIST, prefix, path, 'index.html'), 'utf8'));
        const bounds = ['from', 'to'].map((name) => document.querySelector(`[data-filters] input[name="${name}"]`)).map((el) => el && [el.getAttribute('min'), el.getAttribute('max')]);
        const expected = years.length ? [String(Math.min(...years)), String(Math.max(...years))] : null;
        expect(bounds, `${prefix}${path}`).toEqual([expected, expected]);
      }
    }
  });

  test(`becomes interactive offline (budget ${BUDGETS.mapInteractiveMaxMs} ms) with its worker, and a marker opens a popup of text`, async () => {
    const { page, problems } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/projects/`, { waitUntil: 'networkidle' });
    expect(requests.some((u) => /maplibre/.test(u)), 'maplibre-gl loads before the reader reaches for the map').toBe(false);
    const t0 = Date.now();
    await page.locator('.map-frame').hover();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    const ms = Date.now() - t0;
    console.log(`projects map interactive ${ms} ms after the reader asked (budget ${BUDGETS.mapInteractiveMaxMs} ms)`);
    // A loaded CI machine is slower than the budget's reference; fail only well past it.
    expect(ms).toBeLessThan(BUDGETS.mapInteractiveMaxMs * 3);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    const marker = page.locator('.map-marker[data-project="sanmen-fyp14.first-welfare-home"]');
    await marker.click();
    const popup = page.locator('.maplibregl-popup .map-popup');
    await expect(popup.locator('h3').textContent()).resolves.toBe('三门县第一福利院');
    await expect(popup.textContent()).resolves.toContain('位置精度');
    await expect(popup.locator('a').getAttribute('href')).resolves.toMatch(/^\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('in English, markers, popups, the count and the source links speak English; the names as written stay Chinese and say so', async () => {
    const html = readFileSync(join(DIST, 'en', 'projects', 'index.html'), 'utf8');
    expect(html).toContain('Projects without a specific location');
    expect((html.match(/<tr id="row-/g) ?? []).length).toBe(44);
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en/projects/`);
    await page.locator('.map-frame').hover();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    const marker = page.locator('.map-marker[data-project="sanmen-fyp14.first-welfare-home"]');
    await expect(marker.getAttribute('aria-label')).resolves.toBe('Sanmen County No. 1 Welfare Home (Elderly care), press Enter for details');
    await marker.click();
    const popup = page.locator('.maplibregl-popup .map-popup');
    await expect(popup.locator('h3').textContent()).resolves.toBe('Sanmen County No. 1 Welfare Home');
    await expect(popup.locator('p[lang="zh-CN"]').textContent()).resolves.toBe('三门县第一福利院');
    await expect(popup.textContent()).resolves.toContain('Location precision');
    await expect(popup.locator('dd[lang="zh-CN"]').count()).resolves.toBeGreaterThan(0);
    await expect(popup.locator('a').textContent()).resolves.toBe('Read the source quote');
    await expect(popup.locator('a').getAttribute('href')).resolves.toMatch(/^\/en\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    await page.selectOption('select[name="category"]', 'funeral');
    await expect(page.locator('output[name="count"]').textContent()).resolves.toMatch(/^Showing \d+ of 44 projects$/);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('a marker opens with the keyboard', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/projects/`);
    // Keyboard focus reaching the map is the reader's intent.
    await page.locator('.map-open').focus();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    await page.locator('.map-marker').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.maplibregl-popup .map-popup h3').count()).resolves.toBe(1);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('filters keep the map, the table and the URL in step, and a shared URL restores them', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/projects/`);
    await page.locator('.map-frame').hover();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    await page.selectOption('select[name="category"]', 'funeral');
    await page.waitForURL(/category=funeral/);
    const visibleCategories = await page.locator('tr[data-id]:not([hidden])').evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset['category']))]);
    expect(visibleCategories).toEqual(['funeral']);
    const markers = await page.locator('.map-marker:not([hidden])').count();
    const mappedRows = await page.locator('tr[data-id][data-mapped="1"]:not([hidden])').count();
    expect(markers).toBe(mappedRows);
    const url = page.url();
    await page.goto(url);
    await expect(page.locator('select[name="category"]').inputValue()).resolves.toBe('funeral');
    await expect(page.locator('output[name="count"]').textContent()).resolves.toMatch(/^显示 \d+ \/ 44 个项目$/);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('the table sorts by investment with the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}/projects/`);
    const header = page.locator('th:has(button[data-sort="inv"])');
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const values = await page.locator('tr[data-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['inv']).filter((v) => v !== '').map(Number));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.context().close();
  });

  test('a region page shows its own projects and loads the map library only when asked', async () => {
    const { page, problems } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(`${base}/regions/331022/`);
    await page.locator('#projects').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(scripts.some((u) => /maplibre/.test(u))).toBe(false);
    expect(await page.locator('tr[data-id]').count()).toBe(5);
    await page.locator('#map-331022 .map-frame').hover();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    expect(await page.locator('.map-marker').count()).toBe(5);
    expectCleanPage(problems);
    await page.context().close();
  });
});
