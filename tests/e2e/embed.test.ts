import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
const INDICATOR = 'sanmen-fyp14.t2-nursing-bed-share';
let browser: Browser;
let host: Server;
let hostUrl: string;
/** What the journalist's page serves: whatever embed code the test pastes in. */
let hostHtml = '';

beforeAll(async () => {
  browser = await launchChromium();
  host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml));
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser.close();
  host.close();
});

/** Copies the embed code from a chart's share panel, as a journalist would; the panel confirms in the page's language. */
async function copyEmbedCode(path: string, copied = '已复制'): Promise<string> {
  const { page, problems } = await openPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.goto(`${base}${path}`);
  await page.locator('.chart-share summary').first().click();
  await page.locator('.chart-share [data-copy]').first().click();
  await page.locator('.chart-share [data-copy-status]', { hasText: copied }).first().waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expectCleanPage(problems);
  await page.context().close();
  return code;
}

async function articleWith(code: string): Promise<{ page: Page; frame: Frame }> {
  hostHtml = `<!doctype html><html lang="en"><head><title>An article</title></head><body><h1>A newspaper article</h1><p>Text before.</p>${code}<p id="after">Text after.</p></body></html>`;
  const { page } = await openPage(browser, { width: 720 });
  await page.goto(hostUrl);
  const frame = await (await page.locator('iframe[data-mzgh]').elementHandle())!.contentFrame();
  await frame!.waitForSelector('.embed-credit');
  return { page, frame: frame! };
}

const iframeHeight = (page: Page) => page.locator('iframe[data-mzgh]').evaluate((f) => f.getBoundingClientRect().height);
/** Where the embed's last line (its credit) ends, measured inside the frame. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('.embed-credit')!.getBoundingClientRect().bottom + scrollY));

describe('an embedded chart on a page of another origin', () => {
  test('the copied code points at the site the reader is on and sizes the iframe to its content', async () => {
    const code = await copyEmbedCode(`/indicators/${INDICATOR}/`);
    expect(code).toContain(`src="${base}/embed/indicators/${INDICATOR}/"`);
    expect(code).toContain(`${base}/embed/resize.js`);
    const fallback = Number(/height="(\d+)"/.exec(code)![1]);
    const { page, frame } = await articleWith(code);
    await page.waitForFunction((h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) !== h, fallback);
    expect((await iframeHeight(page)) - (await contentHeight(frame))).toSatisfy((d: number) => d >= 0 && d <= 2);
    // Opening the values table makes the embed taller; the iframe follows.
    const before = await iframeHeight(page);
    await frame.locator('.chart-table summary').click();
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height > h + 50, before);
    expect((await iframeHeight(page)) - (await contentHeight(frame))).toSatisfy((d: number) => d >= 0 && d <= 2);
    await page.context().close();
  });

  test('messages of the wrong shape, from the wrong window or the wrong origin are ignored', async () => {
    const code = await copyEmbedCode('/compare/nursing-bed-share/');
    const { page, frame } = await articleWith(code);
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const settled = await iframeHeight(page);
    // From inside the embed, but not our message's shape.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'mzgh-height', height: '37' }, '*');
      parent.postMessage({ type: 'other', height: 37 }, '*');
      parent.postMessage({ type: 'mzgh-height', height: -5 }, '*');
      parent.postMessage('mzgh-height:37', '*');
    });
    // The right shape, but from the article's own window and origin.
    await page.evaluate(() => window.postMessage({ type: 'mzgh-height', height: 37 }, '*'));
    // The right shape from a frame of another origin than the embed's.
    await page.evaluate(() => {
      const other = document.createElement('iframe');
      other.srcdoc = '<script>parent.postMessage({type:"mzgh-height",height:37},"*")<\/script>';
      document.body.append(other);
    });
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(settled);
    // The real message still works afterwards.
    await frame.evaluate(() => parent.postMessage({ type: 'mzgh-height', height: 321 }, '*'));
    await page.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().height === 321);
    await page.context().close();
  });

  test('without the script, the fixed height still shows the whole chart and its credit', async () => {
    for (const path of [`/indicators/${INDICATOR}/`, '/compare/min-living-standard/', '/projects/']) {
      const code = (await copyEmbedCode(path)).replace(/<script[^>]*><\/script>/, '');
      const { page, frame } = await articleWith(code);
      expect(await iframeHeight(page)).toBe(Number(/height="(\d+)"/.exec(code)![1]));
      expect(await contentHeight(frame)).toBeLessThanOrEqual(await iframeHeight(page));
      await page.context().close();
    }
  });

  test('links inside an embed open in a new tab, not inside the article', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/embed/indicators/${INDICATOR}/`);
    const credit = page.locator('.embed-credit a').first();
    await expect(credit.getAttribute('href')).resolves.toBe(`/indicators/${INDICATOR}/`);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), credit.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${base}/indicators/${INDICATOR}/`);
    expectCleanPage(problems);
    await page.context().close();
  });
});

describe('chart downloads', () => {
  test('PNG, SVG and CSV download with the right type and content', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/indicators/${INDICATOR}/`);
    await page.locator('.chart-share summary').click();
    const fetchDownload = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.share-downloads a, .share-downloads button', { hasText: label }).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const png = await fetchDownload('PNG');
    expect(png.name).toBe(`${INDICATOR}.png`);
    expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // 2× for retina: the PNG is twice the SVG's width.
    const svg = await fetchDownload('SVG');
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(svg.body.toString('utf8'))![1]);
    expect(png.body.readUInt32BE(16)).toBe(svgWidth * 2);
    // Drawn in the browser with the chart font: the title's text leaves dark pixels, not a blank image.
    const shot = await page.evaluate(async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, Math.round(bitmap.height / 6));
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) dark++;
      return dark;
    }, [...png.body]);
    expect(shot).toBeGreaterThan(500);
    const csv = await fetchDownload('CSV');
    expect(csv.name).toBe(`${INDICATOR}.csv`);
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['value'])).toEqual(['53', '55', '58']);
    expect(rows[0]!['source_quote']).toContain('53');
    const types = await Promise.all(['svg', 'csv'].map(async (ext) => (await page.request.get(`${base}/downloads/indicators/${INDICATOR}.${ext}`)).headers()['content-type']));
    expect(types).toEqual(['image/svg+xml', 'text/csv; charset=utf-8']);
    expectCleanPage(problems);
    await page.context().close();
  });
});

describe('the English edition', () => {
  const HAN = /[\u3400-\u9fff]/;
  /** Text with Chinese characters that is not inside a lang="zh-CN" element. */
  const unmarkedChinese = (page: Page | Frame) =>
    page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style') || !/[\u3400-\u9fff]/.test(n.textContent ?? '')) continue;
        if (!(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) out.push((n.textContent ?? '').trim());
      }
      return out;
    });

  test('an English page shares the English embed, confirms the copy in English, and the embed sizes itself', async () => {
    const code = await copyEmbedCode(`/en/indicators/${INDICATOR}/`, 'Copied');
    expect(code).toContain(`src="${base}/en/embed/indicators/${INDICATOR}/"`);
    // One resize script serves both editions.
    expect(code).toContain(`${base}/embed/resize.js`);
    expect(code).toContain('title="Sanmen County: Share of nursing-care beds in elderly-care institutions"');
    expect(code).not.toMatch(HAN);
    const fallback = Number(/height="(\d+)"/.exec(code)![1]);
    const { page, frame } = await articleWith(code);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForFunction((h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) !== h, fallback);
    expect((await iframeHeight(page)) - (await contentHeight(frame))).toSatisfy((d: number) => d >= 0 && d <= 2);
    await page.context().close();
  });

  test("an indicator's English embed page has an English title, credit and source line, and lang=\"en\"", async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/en/embed/indicators/${INDICATOR}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.title()).resolves.toMatch(/^Sanmen County: Share of nursing-care.* · Civil-Affairs Plans in Data$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sanmen County: Share of nursing-care beds in elderly-care institutions');
    const credit = page.locator('.embed-credit');
    await expect(credit.textContent()).resolves.toMatch(/Source: Sanmen County 14th Five-Year Plan for Civil Affairs \(2021–2025\)[\s\S]*Chart: Civil-Affairs Plans in Data \(full page and source text\) · Data licence CC BY 4\.0/);
    await expect(credit.locator('a').first().getAttribute('href')).resolves.toBe(`/en/indicators/${INDICATOR}/`);
    await expect(credit.locator('a[rel~="license"]').getAttribute('href')).resolves.toBe('https://creativecommons.org/licenses/by/4.0/deed.en');
    // Marks link to the English source page; the quotes themselves stay Chinese, marked as such.
    await expect(page.locator('.chart-point').first().getAttribute('href')).resolves.toMatch(/^\/en\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    expect(await unmarkedChinese(page)).toEqual([]);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('the English chart files are at /en/downloads/ and speak English; the Chinese ones stay at /downloads/', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en/indicators/${INDICATOR}/`);
    await page.locator('.chart-share summary').click();
    const hrefs = await page.locator('.share-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `/en/downloads/indicators/${INDICATOR}.svg`,
      `/en/downloads/indicators/${INDICATOR}.csv`,
      `/en/embed/indicators/${INDICATOR}/`,
    ]);
    const svg = await page.request.get(`${base}/en/downloads/indicators/${INDICATOR}.svg`);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    const svgText = await svg.text();
    const texts = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join('\n');
    for (const words of ['Sanmen County: Share of nursing-care beds', '2025 target: 58%', 'Source: Sanmen County 14th', 'Chart: Civil-Affairs Plans in Data', `/en/indicators/${INDICATOR}/`]) expect(texts).toContain(words);
    expect(texts).not.toMatch(HAN);
    const zhSvg = await (await page.request.get(`${base}/downloads/indicators/${INDICATOR}.svg`)).text();
    expect(zhSvg).toContain('三门县');
    const csv = await page.request.get(`${base}/en/downloads/indicators/${INDICATOR}.csv`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows = Papa.parse<Record<string, string>>((await csv.text()).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['region'], r['value']])).toEqual([['Sanmen County', '53'], ['Sanmen County', '55'], ['Sanmen County', '58']]);
    // The quote stays as written; its link goes to the English source page.
    expect(rows[0]!['source_quote']).toContain('养老机构护理型床位占比');
    expect(rows[0]!['source_url']).toMatch(/\/en\/sources\/sanmen-fyp14\/#q\d+-[0-9a-f]{8}$/);
    expectCleanPage(problems);
    await page.context().close();
  });
});
