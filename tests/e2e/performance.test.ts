import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { BUDGETS, table, templateOf } from '../budgets';
import { CHROMIUM, launchChromium, openPage } from './browser';
import { builtPages } from './builtPages';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

interface Weight { path: string; template: string; requests: number; jsGzip: number; totalGzip: number; urls: string[] }

/** What a first visit to `path` transfers, each response measured at gzip's default level. */
async function measure(path: string): Promise<Weight> {
  const { page } = await openPage(browser, { width: 375 });
  const bodies: Promise<{ url: string; type: string; gzip: number }>[] = [];
  page.on('response', (res) => {
    bodies.push(res.body().then((b) => ({ url: res.url(), type: res.request().resourceType(), gzip: gzipSync(b).length })).catch(() => ({ url: res.url(), type: 'other', gzip: 0 })));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const all = await Promise.all(bodies);
  await page.context().close();
  return {
    path,
    template: templateOf(path)?.name ?? '?',
    requests: all.length,
    jsGzip: all.filter((r) => r.type === 'script').reduce((n, r) => n + r.gzip, 0),
    totalGzip: all.reduce((n, r) => n + r.gzip, 0),
    urls: all.map((r) => r.url),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
// Per template, its largest pages: the worst case is what a budget is for.
const built = builtPages();
const pages = BUDGETS.templates.flatMap((t) =>
  built
    .filter((p) => templateOf(p.path) === t)
    .sort((a, b) => b.html.length - a.html.length)
    .slice(0, BUDGETS.maxPagesPerTemplate)
    .map((p) => p.path),
);

describe('performance budgets (budgets.config.json)', () => {
  test('every built page has a budget: its path matches a template', () => {
    expect(built.filter((p) => !templateOf(p.path)).map((p) => p.path)).toEqual([]);
  });

  test('every page of every template stays within its budget', async () => {
    const weights: Weight[] = [];
    for (const path of pages) weights.push(await measure(path));
    console.log(`\nPage weight (gzip KB, 375 px first visit)\n${table(
      ['page', 'template', 'requests', 'JS', 'JS budget', 'total', 'total budget'],
      weights.map((w) => {
        const b = templateOf(w.path)!;
        return [w.path, w.template, w.requests, kb(w.jsGzip), b.maxJsGzipKB, kb(w.totalGzip), b.maxTotalGzipKB];
      }),
    )}`);
    const over = weights.flatMap((w) => {
      const b = templateOf(w.path)!;
      const problems: string[] = [];
      if (w.jsGzip > b.maxJsGzipKB * 1024) problems.push(`${w.path}: JS ${kb(w.jsGzip)} KB > ${b.maxJsGzipKB} KB`);
      if (w.totalGzip > b.maxTotalGzipKB * 1024) problems.push(`${w.path}: total ${kb(w.totalGzip)} KB > ${b.maxTotalGzipKB} KB`);
      if (w.requests > b.maxRequests) problems.push(`${w.path}: ${w.requests} requests > ${b.maxRequests}`);
      const map = new RegExp(BUDGETS.mapLibrary.pattern);
      if (!BUDGETS.mapLibrary.allowedTemplates.includes(w.template) && w.urls.some((u) => map.test(u))) problems.push(`${w.path}: loads the map library`);
      return problems;
    });
    expect(over).toEqual([]);
  }, 240_000);

  test('Lighthouse (mobile) scores meet the thresholds', async () => {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const rows: (string | number)[][] = [];
    const failures: string[] = [];
    try {
      for (const { path, minScores: own } of BUDGETS.lighthouse.pages) {
        const minScores = { ...BUDGETS.lighthouse.minScores, ...own };
        // A run that Lighthouse itself reports as failed (runtimeError, no score) is retried once:
        // that is the tool failing on a loaded machine, not the page.
        let result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGETS.lighthouse.minScores) });
        if (result?.lhr.runtimeError || result?.lhr.categories['performance']?.score == null) {
          console.log(`Lighthouse run failed on ${path} (${result?.lhr.runtimeError?.code ?? 'no score'}); retrying once`);
          result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGETS.lighthouse.minScores) });
        }
        const categories = result!.lhr.categories;
        const scores = Object.fromEntries(Object.keys(BUDGETS.lighthouse.minScores).map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
        const cls = result!.lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity;
        rows.push([path, ...Object.values(scores), cls.toFixed(3)]);
        if (cls > BUDGETS.lighthouse.maxCumulativeLayoutShift) failures.push(`${path}: CLS ${cls} > ${BUDGETS.lighthouse.maxCumulativeLayoutShift}`);
        for (const [c, min] of Object.entries(minScores)) {
          if (scores[c]! >= min) continue;
          const failing = (categories[c]?.auditRefs ?? []).filter((a) => a.weight > 0 && (result!.lhr.audits[a.id]?.score ?? 1) < 1).map((a) => a.id);
          failures.push(`${path}: ${c} ${scores[c]} < ${min} (failing audits: ${failing.join(', ')})`);
        }
      }
    } finally {
      chrome.kill();
    }
    console.log(`\nLighthouse, mobile preset (thresholds: ${JSON.stringify(BUDGETS.lighthouse.minScores)})\n${table(['page', ...Object.keys(BUDGETS.lighthouse.minScores), 'CLS'], rows)}`);
    expect(failures).toEqual([]);
  }, 300_000);
});
