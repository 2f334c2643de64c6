import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

// One page of each template, at desktop and phone width.
const PAGES = [
  '/',
  '/regions/331022/',
  '/regions/320400/',
  '/indicators/sanmen-fyp14.t2-nursing-bed-share/',
  '/indicators/sanmen-fyp14.t1-min-living-standard-urban/',
  '/indicators/beilun-2018-summary.dibao-recipients/',
  '/sources/changzhou-fyp14/',
  '/data/',
  '/projects/',
  '/compare/',
  '/compare/min-living-standard/',
  '/regions/',
  '/data/dictionary/',
  '/embed/indicators/sanmen-fyp14.t2-nursing-bed-share/',
  '/embed/compare/min-living-standard/',
  '/embed/projects/map/',
  '/embed/projects/timeline/',
  '/methodology/',
  '/en/',
  '/en/regions/',
  '/en/regions/331022/',
  '/en/regions/320400/',
  '/en/projects/',
  '/en/compare/',
  '/en/compare/min-living-standard/',
  '/en/data/',
  '/en/data/dictionary/',
  '/en/methodology/',
  '/search/',
  '/en/indicators/sanmen-fyp14.t2-nursing-bed-share/',
  '/en/sources/changzhou-fyp14/',
  '/en/embed/indicators/sanmen-fyp14.t2-nursing-bed-share/',
];

describe.each(PAGES)('the page %s', (path) => {
  test.each([1280, 375])('has no axe violations and no sideways scrolling at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { width });
    await page.goto(base + path);
    // Closed panels (tables, embed code) are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expectCleanPage(problems);
    await page.context().close();
  });
});

describe('site search with its results open', () => {
  test.each([1280, 375])('has no axe violations at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { width });
    await page.goto(`${base}/`);
    await page.locator('form[data-site-search="header"] input').focus();
    await page.keyboard.type('养老');
    await page.locator('form[data-site-search="header"] .search-results a').first().waitFor({ state: 'visible' });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expectCleanPage(problems);
    await page.context().close();
  });
});

describe('the interactive project map with a project’s details open', () => {
  test.each([1280, 375])('has no axe violations at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { width });
    await page.goto(`${base}/projects/`);
    await page.locator('.map-open').click();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
    // Zoomed out on a phone every marker may be in a cluster: open one first, as a reader would.
    const cluster = page.locator('.map-cluster').first();
    let marker = page.locator('.map-marker:not([data-clustered])').first();
    if (await cluster.count()) {
      // A marker of the opened count: it is in view once the map has zoomed to it.
      const id = (await cluster.getAttribute('data-projects'))!.split(' ')[0]!;
      await cluster.click();
      marker = page.locator(`.map-marker[data-project="${id}"]`);
    }
    await marker.click();
    await page.locator('.map-details h3').waitFor({ state: 'visible' });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expectCleanPage(problems);
    await page.context().close();
  });
});
