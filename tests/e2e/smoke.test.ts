import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { regionsWithDocuments } from '../../src/lib/data/regionsWithDocuments';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
// Every region with a document has a card on the home page.
const regions = regionsWithDocuments(loadDataset());
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

describe('a reader in Chromium', () => {
  test('opens the home page and sees every region with its documents', async () => {
    const { page, problems } = await openPage(browser);
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('民政规划');
    const cards = await page.locator('.cards h3 a').allTextContents();
    expect(cards.sort()).toEqual(regions.map((r) => r.name_zh).sort());
    expectCleanPage(problems);
  });

  test('follows a region link to its dashboard, an indicator, and from a value to its sentence in the source', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/`);
    await page.locator('.cards').getByRole('link', { name: '三门县', exact: true }).click();
    await page.waitForURL(/\/regions\/331022\/$/);
    await page.locator('.dash-row a[href="/indicators/sanmen-fyp14.t2-nursing-bed-share/"]').click();
    await page.waitForURL(/\/indicators\/sanmen-fyp14\.t2-nursing-bed-share\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('养老机构护理型床位占比');
    await page.locator('details.chart-table summary').click();
    await expect(page.locator('.chart-table table.list > tbody > tr > td.num:nth-child(3)').allTextContents()).resolves.toEqual(['53%', '55%', '58%']);
    await page.locator('.chart-table').getByRole('link', { name: '原文位置' }).first().click();
    await page.waitForURL(/\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    const target = await page.evaluate(() => document.querySelector(':target')?.closest('ol > li')?.textContent ?? '');
    expect(target).toContain('养老机构护理型床位占比(%) | 53 | 55 | 58 | 约束性');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expectCleanPage(problems);
  });

  test('reads the English edition: home, a region dashboard in English, and the sorted regions list', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/en/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toContain('civil-affairs plans');
    const cards = await page.locator('.cards h3 a').allTextContents();
    expect(cards.sort()).toEqual(regions.map((r) => r.name_en).sort());
    await page.locator('.cards').getByRole('link', { name: 'Sanmen County', exact: true }).click();
    await page.waitForURL(/\/en\/regions\/331022\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sanmen County');
    const row = page.locator('.dash-row a[href="/en/indicators/sanmen-fyp14.t2-nursing-bed-share/"]');
    await expect(row.locator('.dash-summary').textContent()).resolves.toBe('53 → 58% (2025)');
    await expect(page.locator('table.review .status.exceeded').first().textContent()).resolves.toBe('▲ exceeded');
    await expect(page.locator('.note q[lang="zh-CN"]').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${base}/en/regions/`);
    await page.getByRole('button', { name: 'Region' }).click();
    const names = await page.locator('tbody tr td:first-child a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names[0]).toBe('Beilun District');
    expectCleanPage(problems);
    await page.context().close();
  });

  test('downloads a published table that parses back to the validated rows', async () => {
    const { page } = await openPage(browser);
    const res = await page.goto(`${base}/data/indicator_values.json`);
    const rows = (await res?.json()) as { indicator_id: string; value: number }[];
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => typeof r.value === 'number')).toBe(true);
  });
});
