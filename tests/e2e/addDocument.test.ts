// A document from a province the dataset does not cover goes from a raw saved web page (GBK, with
// page chrome) to published pages with the curator's commands only: add-document → accept-draft
// --all → build, on a copy of data/. Nothing under src/ or tests/ is edited for it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NAME_EN_MARKER } from '../../src/lib/format/localName';
import { UI } from '../../src/lib/i18n/ui';
import { nationalRegion } from '../../src/lib/regions/nationalRegions';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { buildFixtureSite } from './buildFixture';
import { serveStatic } from './staticServer';

const root = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(root, 'tests', 'fixtures', 'new-document', 'jinzhai-2023-report.gbk.html');
const PLAN_FIXTURE = join(root, 'tests', 'fixtures', 'new-document', 'jinzhai-fyp14-excerpt.txt');
const REGION = '341524';
const TITLE = '金寨县民政局2023年工作总结';

const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
const gitStatus = (paths: string[]) => spawnSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' }).stdout;

function run(script: string, args: string[], dataDir: string) {
  const r = spawnSync('npm', ['run', '-s', script, '--', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

let scratch: string;
let data: string;
let outDir: string;
let server: Server;
let base: string;
let browser: Browser;
let docId: string;
let planId: string;
let addOutput: string;
/** The report's nursing-bed share and the plan's, linked as one series by the curator's edit. */
let reportShare: string;
let planShare: string;
const before = gitStatus(['src', 'tests']);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'add-document-e2e-'));
  data = join(scratch, 'data');
  cpSync(join(root, 'data'), data, { recursive: true, filter: (src) => !src.startsWith(join(root, 'data', 'drafts')) });
  const add = run('add-document', ['--text', FIXTURE, '--region', REGION, '--kind', 'annual-report', '--title', TITLE, '--published', '2024-01-15'], data);
  addOutput = add.out;
  if (add.status !== 0) throw new Error(`add-document failed:\n${add.out}`);
  docId = /^(\S+): /.exec(add.out)![1]!;
  const accept = run('accept-draft', [docId, '--all'], data);
  if (accept.status !== 0) throw new Error(`accept-draft failed:\n${accept.out}`);
  // A second document of the same region: its five-year plan (the period from its title's 十四五).
  const plan = run('add-document', ['--text', PLAN_FIXTURE, '--region', REGION, '--kind', 'five-year-plan', '--title', '金寨县民政事业发展“十四五”规划', '--excerpt'], data);
  if (plan.status !== 0) throw new Error(`add-document (plan) failed:\n${plan.out}`);
  planId = /^(\S+): /.exec(plan.out)![1]!;
  const acceptPlan = run('accept-draft', [planId, '--all'], data);
  if (acceptPlan.status !== 0) throw new Error(`accept-draft (plan) failed:\n${acceptPlan.out}`);
  // The curator links the report's nursing-bed share to the plan's: one quantity, two documents.
  const shareOf = (doc: string) => csv(join(data, 'indicators.csv')).find((i) => i.doc_id === doc && i.unit === 'percent' && i.name_zh!.includes('护理型床位占比') && csv(join(data, 'indicator_values.csv')).some((v) => v.indicator_id === i.indicator_id && v.year === '2023'))!.indicator_id!;
  reportShare = shareOf(docId);
  planShare = shareOf(planId);
  const indicatorsPath = join(data, 'indicators.csv');
  const lines = readFileSync(indicatorsPath, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${reportShare},`));
  lines[at] = lines[at]!.replace(/,$/, `,${planShare}`);
  writeFileSync(indicatorsPath, lines.join('\n'));
  const valid = run('validate', [], data);
  if (valid.status !== 0) throw new Error(`the linked data does not validate:\n${valid.out}`);
  outDir = buildFixtureSite(data);
  ({ server, url: base } = await serveStatic(outDir));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  for (const dir of [scratch, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a document from a new province, added without touching code', () => {
  test('add-document cleaned the page, added the region and its prefecture from the national reference, and drafted every number', () => {
    const county = nationalRegion(REGION)!;
    const regions = csv(join(data, 'regions.csv'));
    expect(regions.find((r) => r.region_code === REGION)).toMatchObject({ name_zh: county.name_zh, level: 'county', parent_code: county.parent_code });
    expect(regions.some((r) => r.region_code === county.parent_code && r.level === 'prefecture')).toBe(true);
    const text = readFileSync(join(data, 'sources', `${docId}.txt`), 'utf8');
    // Decoded from GBK, markup and page chrome gone, the report's own lines kept.
    expect(text).toContain('全年累计发放城乡低保金8650万元');
    for (const chrome of ['<', '&gt;', '您当前的位置', '浏览次数', '字体', '打印本页', '上一篇', 'ICP备', '索引号']) expect(text, chrome).not.toContain(chrome);
    expect(addOutput).toMatch(/proposed as values/);
    // The county's point is on the map's geodata now.
    expect(csv(join(data, 'geo', 'county_points.csv')).some((p) => p.code === REGION)).toBe(true);
  });

  test('its cleaned text is provably the cleaner’s: clean-sources --check passes, and fails once the text is edited by hand', () => {
    expect(run('clean-sources', ['--check'], data).status).toBe(0);
    const path = join(data, 'sources', `${docId}.txt`);
    const text = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, text.replace('8650', '8560'));
      const edited = run('clean-sources', ['--check'], data);
      expect(edited.status).toBe(1);
      expect(edited.out).toContain(`${docId}.txt: differs from what the general cleaner makes of data/raw/`);
    } finally {
      writeFileSync(path, text);
    }
  });

  test('no file under src/ or tests/ changed', () => {
    expect(gitStatus(['src', 'tests'])).toBe(before);
  });

  test('the region page lists the document and its values, in both editions', async () => {
    const indicators = csv(join(data, 'indicators.csv')).filter((i) => i.doc_id === docId);
    expect(indicators.length).toBeGreaterThan(0);
    for (const prefix of ['', '/en']) {
      const { page, problems } = await openPage(browser);
      const res = await page.goto(`${base}${prefix}/regions/${REGION}/`);
      expect(res?.status()).toBe(200);
      expect(await page.locator(`a[href$="/sources/${docId}/"]`).count()).toBeGreaterThan(0);
      if (!prefix) expect(await page.locator('h1').textContent()).toContain(nationalRegion(REGION)!.name_zh);
      // Names accepted before anyone translated them read as the Chinese, marked, never as the drafter's placeholder.
      else expect(await page.locator('main').textContent()).not.toContain(NAME_EN_MARKER);
      // Every indicator of the document has its row, linking to its page (chart and quotes).
      for (const i of indicators) expect(await page.locator(`a[href$="/indicators/${i.indicator_id}/"]`).count(), i.indicator_id).toBeGreaterThan(0);
      expectCleanPage(problems);
      await page.context().close();
    }
  });

  test('a second document of the region: listed in time order, and the linked indicator drawn as one series with its status across documents', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/en/regions/${REGION}/`);
    const order = await page.locator('main a[href*="/sources/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const firstPlan = order.findIndex((h) => h?.endsWith(`/sources/${planId}/`));
    const firstReport = order.findIndex((h) => h?.endsWith(`/sources/${docId}/`));
    expect(firstPlan).toBeGreaterThanOrEqual(0);
    expect(firstPlan).toBeLessThan(firstReport);
    await page.goto(`${base}/en/indicators/${reportShare}/`);
    // The other member of the series is linked, and the chart's table holds the plan's 2023 target and the report's 2023 figure.
    expect(await page.locator(`main a[href$="/indicators/${planShare}/"]`).count()).toBeGreaterThan(0);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('55');
    expect(main).toContain('58');
    // 58% reached in 2023 against the plan's interim target of at least 55% for 2023.
    expect(main).toContain(UI.en['region.status.exceeded']);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('its project is a marker at the county’s point on the map', async () => {
    const projects = csv(join(data, 'projects.csv')).filter((p) => p.doc_id === docId);
    expect(projects.length).toBeGreaterThan(0);
    const point = csv(join(data, 'geo', 'county_points.csv')).find((p) => p.code === REGION)!;
    const geo = JSON.parse(readFileSync(join(outDir, 'geo', 'projects.geojson'), 'utf8')) as { features: { properties: { id: string; region: string; at: [number, number] } }[] };
    for (const p of projects) {
      const feature = geo.features.find((f) => f.properties.id === p.project_id);
      expect(feature?.properties.region).toBe(REGION);
      expect(feature?.properties.at).toEqual([Number(point.lon), Number(point.lat)]);
    }
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/projects/`);
    expect(await page.locator(`[data-project="${projects[0]!.project_id}"]`).count()).toBeGreaterThan(0);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('site search finds the region and the document', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/`);
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(${JSON.stringify(nationalRegion(REGION)!.name_zh)});
      return Promise.all(found.results.slice(0, 20).map(async (r) => (await r.data()).url));
    })()`);
    expect(urls).toContain(`/regions/${REGION}/`);
    expect(urls).toContain(`/sources/${docId}/`);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('the downloads and the datapackage carry the new rows', () => {
    const published = csv(join(outDir, 'data', 'documents.csv'));
    expect(published.some((d) => d.doc_id === docId && d.region_code === REGION)).toBe(true);
    const indicators = csv(join(outDir, 'data', 'indicators.csv')).filter((i) => i.doc_id === docId);
    expect(indicators.length).toBe(csv(join(data, 'indicators.csv')).filter((i) => i.doc_id === docId).length);
    const pkg = JSON.parse(readFileSync(join(outDir, 'data', 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string }[] };
    for (const r of pkg.resources) expect(existsSync(join(outDir, 'data', r.path)), r.path).toBe(true);
    expect(existsSync(join(outDir, 'data', 'sources', `${docId}.txt`))).toBe(true);
  });
});
