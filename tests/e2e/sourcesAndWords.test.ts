import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { datasetRelease } from '../../src/lib/data/datasetRelease';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { tableRowQuote } from '../../src/lib/format/tableRowQuote';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
const data = loadDataset();
const release = datasetRelease();
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

const EDITIONS = [{ prefix: '', locale: 'zh' }, { prefix: '/en', locale: 'en' }] as const;

describe.each(EDITIONS)('source pages ($locale) lead back to the original', ({ prefix, locale }) => {
  test.each(data.documents)('$doc_id names its issuer, date and address, or says they are not stated', async (doc) => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}${prefix}/sources/${doc.doc_id}/`);
    const origin = page.locator('.doc-origin');
    const text = (await origin.innerText()).replace(/\s+/g, ' ');
    const issuer = locale === 'en' ? doc.issuer_en : doc.issuer_zh;
    if (issuer) expect(text).toContain(issuer);
    if (doc.published) expect(await origin.locator('time').getAttribute('datetime')).toBe(doc.published);
    for (const value of [doc.source_site_zh, doc.source_address, doc.index_no]) if (value) expect(text).toContain(value);
    if (doc.source_url) expect(await origin.locator('a.origin-url').getAttribute('href')).toBe(new URL(doc.source_url).href);
    const missing = [doc.issuer_zh, doc.published, doc.source_url ?? doc.source_address].filter((v) => v === null).length;
    expect(await origin.locator('.not-stated').count()).toBe(missing);
    // The block fits a phone: nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expectCleanPage(problems);
    await page.context().close();
  });
});

describe('the data date', () => {
  const indicator = data.indicators[0]!;
  test.each([
    '/', '/en/', `/regions/${data.regions[0]!.region_code}/`, `/en/indicators/${indicator.indicator_id}/`,
    `/sources/${data.documents[0]!.doc_id}/`, `/embed/indicators/${indicator.indicator_id}/`, `/en/embed/indicators/${indicator.indicator_id}/`,
  ])('%s says when the data was last updated: the release date', async (path) => {
    const { page, problems } = await openPage(browser);
    await page.goto(base + path);
    const stamp = page.locator('footer time.data-updated');
    await expect.poll(() => stamp.isVisible()).toBe(true);
    expect(await stamp.getAttribute('datetime')).toBe(release.date);
    expect(await stamp.innerText()).toBe(release.date);
    expectCleanPage(problems);
    await page.context().close();
  });
});

// Indicators whose quote is a table row that can be paired with its headings, found in the data.
const tabulated = data.indicator_values.flatMap((v) => {
  const indicator = data.indicators.find((i) => i.indicator_id === v.indicator_id)!;
  const table = tableRowQuote(data.sources[indicator.doc_id] ?? '', v.source_quote);
  return table?.aligned ? [{ id: indicator.indicator_id, quote: v.source_quote, table }] : [];
});

describe.each(EDITIONS)('a table-row quote ($locale)', ({ prefix }) => {
  test('is shown under its column headings, with the exact quote beside it', async () => {
    expect(tabulated.length).toBeGreaterThan(0);
    const { id, quote, table } = tabulated[0]!;
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}${prefix}/indicators/${id}/`);
    await page.locator('.chart-table summary').click();
    const shown = page.locator('.row-quote').filter({ has: page.locator('q', { hasText: quote }) }).first();
    const headers = await shown.locator('th').allInnerTexts();
    const cells = await shown.locator('td').allInnerTexts();
    expect(headers).toEqual(table.headers);
    expect(cells).toEqual(table.cells);
    expect(await shown.locator('q').innerText()).toBe(quote);
    expectCleanPage(problems);
    await page.context().close();
  });
});
