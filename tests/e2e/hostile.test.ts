import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { buildFixtureSite } from './buildFixture';
import { builtPages } from './builtPages';
import { serveStatic } from './staticServer';
import { formatNu, nuErrors } from './nuChecker';
import { pngSize } from '../unit/pngDecode';
import { DESCRIPTION_MAX } from '../../src/lib/views/pageTitle';

// Names in the hostile fixture that hold a right-to-left override (U+202E) and RTL text; each must be
// shown inside its own bidi isolate (<bdi>, dir="auto" or a block of its own), never run into site text.
const RLO_NAMES = [
  '\u202e示例市\u2067שלום<script>window.__pwned=1</script>',
  '\u202eSample City "><img src=x onerror="window.__pwned=2">',
  '\u202e床位反转שלום',
  '\u202eBeds reversed שלום \u202a\u202b\u202d\u2066\u2068',
  '\u202e反转福利院שלום',
  '\u202eReversed home שלום',
];
const DOLLAR_ZH = "养老院$&$'$1$`";
const DOLLAR_EN = "Home $& $' $1 $`";

/** Every text node holding U+202E whose nearest bidi boundary (an isolating inline, or a block) holds text after the name. */
function bidiLeaks(names: string[]): string[] {
  const leaks: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.includes('\u202e')) continue;
    let el = n.parentElement;
    while (el && el !== document.body) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.closest('svg title, svg desc')) break;
      // An inline-block (a textarea, a button) is its own paragraph, like a block.
      if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi) || style.display !== 'inline') {
        // An override reorders what follows it: nothing may follow the name inside its isolate.
        // Plain text (a textarea's embed code) isolates a name with FSI … PDI instead.
        const text = el.textContent ?? '';
        const textIsolated = (name: string) => {
          const at = text.indexOf(name);
          return at >= 0 && text.lastIndexOf('\u2068', at) >= 0 && text.startsWith('\u2069', at + name.length);
        };
        if (!names.some((name) => text.endsWith(name) || textIsolated(name))) leaks.push(`<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').slice(0, 80)}`);
        break;
      }
      el = el.parentElement;
    }
  }
  return leaks;
}

// tests/fixtures/hostile has script, HTML, RTL text and emoji in every text
// field, extreme numbers and empty optional fields. Test-only: never published.
let outDir: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  outDir = buildFixtureSite('tests/fixtures/hostile');
  ({ server, url: base } = await serveStatic(outDir));
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a dataset full of hostile strings', () => {
  test('builds pages and chart SVGs that the W3C Nu HTML checker finds no error in', () => {
    expect(nuErrors([outDir], outDir).map(formatNu)).toEqual([]);
  });

  test('builds, and every page of it shows the strings as text without running or injecting anything', async () => {
    const paths = builtPages(outDir).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/', '/regions/990101/', '/sources/hostile-plan/', '/data/']));
    for (const path of paths) {
      for (const width of [1280, 375]) {
        const { page, problems } = await openPage(browser, { width });
        await page.goto(base + path);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          scripts: document.querySelectorAll('script:not([src])').length,
          injected: document.querySelectorAll('iframe, img[src="x"], svg[onload], circle[r="9"]').length,
          handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
          h1s: document.querySelectorAll('h1').length,
          overflow: document.documentElement.scrollWidth > window.innerWidth,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0,
        }));
        expect(state, `${path} at ${width}px`).toEqual({ pwned: undefined, scripts: 0, injected: 0, handlers: 0, javascriptLinks: 0, h1s: 1, overflow: false, description: expect.any(Number) });
        expect(state.description, `${path}: meta description length`).toBeLessThanOrEqual(DESCRIPTION_MAX);
        if (width === 1280) expect(await page.evaluate(bidiLeaks, RLO_NAMES), `${path}: bidi-override names not isolated`).toEqual([]);
        expectCleanPage(problems);
        await page.context().close();
      }
    }
  }, 360_000);

  test('the region page shows the hostile names, RTL text, emoji and extreme numbers verbatim', async () => {
    const { page } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/regions/990101/`);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('示例县<script>window.__pwned=1</script>👵🏻🏥👨‍👩‍👧');
    expect(text).toContain('护理型床位占比<svg onload="window.__pwned=3"><circle r="9"/></svg>');
    expect(text).toContain('1000000000000000');
    expect(text).toContain('0.000001');
    expect(text).toContain('-5%');
    expect(text).toContain('مرحبا بالعالم');
    await page.context().close();
  });

  test('site search lists the hostile names and excerpts as text', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/`);
    await page.locator('form[data-site-search="header"] input').focus();
    await page.keyboard.type('护理型床位');
    const first = page.locator('form[data-site-search="header"] .search-results > li > a').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.locator('.search-title').textContent()).toBe('护理型床位占比<svg onload="window.__pwned=3"><circle r="9"/></svg>');
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injected: document.querySelectorAll('.search-panel :not(a, span, mark, ol, ul, li, p)').length,
    }));
    expect(state).toEqual({ pwned: undefined, injected: 0 });
    expectCleanPage(problems);
    await page.context().close();
  });

  test('site text after a right-to-left-override name stays in reading order', async () => {
    const { page } = await openPage(browser, { width: 1280 });
    for (const path of ['/', '/en/']) {
      await page.goto(`${base}${path}`);
      // The home card: "<parent name> · <level>". The parent's name begins with U+202E and never closes it.
      const geometry = await page.evaluate(() => {
        const holder = [...document.querySelectorAll('main .card p *')].find((el) => el.textContent?.startsWith('\u202e') && !el.querySelector('*'))
          ?? [...document.querySelectorAll('main .card p bdi')].find((el) => el.textContent?.startsWith('\u202e'))!;
        const bdi = holder.closest('bdi, [dir]') ?? holder;
        const after = bdi.nextSibling!;
        const range = document.createRange();
        range.selectNodeContents(after);
        const a = range.getClientRects()[0]!;
        const b = bdi.getBoundingClientRect();
        return { tag: bdi.tagName, bidi: getComputedStyle(bdi).unicodeBidi, after: after.textContent, sameLine: Math.abs(a.top - b.top) < 4, afterLeft: a.left, nameRight: b.right };
      });
      expect(geometry.tag, path).toBe('BDI');
      expect(geometry.bidi, path).toBe('isolate');
      expect(geometry.after?.startsWith(' · '), path).toBe(true);
      // " · " is drawn after (to the right of) the name, not pulled to its left by the override.
      if (geometry.sameLine) expect(geometry.afterLeft, path).toBeGreaterThanOrEqual(geometry.nameRight - 1);
    }
    await page.context().close();
  });

  for (const [lang, prefix, name] of [['zh', '', DOLLAR_ZH], ['en', '/en', DOLLAR_EN]] as const) {
    test(`a name holding $& $' $1 is shown verbatim on map markers and popups (${lang})`, async () => {
      const { page, problems } = await openPage(browser, { width: 1280 });
      await page.goto(`${base}${prefix}/projects/`);
      await page.locator('.map-open').focus();
      await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
      const marker = page.locator('.map-marker[data-project="hostile-plan.dollar-home"]');
      const label = await marker.getAttribute('aria-label');
      expect(label?.startsWith(name), String(label)).toBe(true);
      expect(label).not.toContain('{name}');
      // Zoomed out, nearby projects are one cluster: open it first, as a reader would.
      const cluster = page.locator('.map-cluster[data-projects~="hostile-plan.dollar-home"]');
      if (await cluster.count()) await cluster.click();
      await marker.waitFor({ state: 'visible' });
      await marker.focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.map-details .map-popup');
      await expect(popup.locator('h3').textContent()).resolves.toBe(name);
      expect(await popup.locator('h3').getAttribute('dir')).toBe('auto');
      expectCleanPage(problems);
      await page.context().close();
    });
  }

  test('a 10,000-character name: the map’s details panel stays within the viewport and scrolls; the page does not scroll sideways', async () => {
    for (const prefix of ['', '/en']) {
      const { page, problems } = await openPage(browser, { width: 375, height: 667 });
      await page.goto(`${base}${prefix}/projects/`);
      await page.locator('.map-open').focus();
      await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15_000 });
      const cluster = page.locator('.map-cluster[data-projects~="hostile-plan.very-long-home"]');
      if (await cluster.count()) await cluster.click();
      await page.locator('.map-marker[data-project="hostile-plan.very-long-home"]').waitFor({ state: 'visible' });
      await page.locator('.map-marker[data-project="hostile-plan.very-long-home"]').focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.map-details-body');
      await popup.waitFor({ state: 'visible' });
      const box = await popup.evaluate((el) => ({ height: el.getBoundingClientRect().height, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, overflowY: getComputedStyle(el).overflowY, viewport: window.innerHeight, sideways: document.documentElement.scrollWidth > window.innerWidth }));
      expect(box.height, prefix).toBeLessThanOrEqual(box.viewport / 2);
      expect(box.scrollHeight, prefix).toBeGreaterThan(box.clientHeight);
      expect(box.overflowY, prefix).toBe('auto');
      expect(box.sideways, prefix).toBe(false);
      expectCleanPage(problems);
      await page.context().close();
    }
  });

  test('a 10,000-character name: meta descriptions and titles are cut, the link-preview card is still 1200 × 630', async () => {
    const { page } = await openPage(browser, { width: 375 });
    for (const prefix of ['', '/en']) {
      await page.goto(`${base}${prefix}/indicators/hostile-plan.very-long-name/`);
      const head = await page.evaluate(() => ({
        title: document.title.length,
        description: document.querySelector('meta[name="description"]')!.getAttribute('content')!,
        og: document.querySelector('meta[property="og:description"]')!.getAttribute('content')!,
        ogTitle: document.querySelector('meta[property="og:title"]')!.getAttribute('content')!.length,
        image: document.querySelector('meta[property="og:image"]')!.getAttribute('content')!,
      }));
      expect(head.title).toBeLessThanOrEqual(70);
      expect(head.ogTitle).toBeLessThanOrEqual(70);
      expect(head.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(head.description.endsWith('…')).toBe(true);
      expect(head.og).toBe(head.description);
      expect(pngSize(readFileSync(join(outDir, new URL(head.image).pathname)))).toEqual({ width: 1200, height: 630 });
    }
    await page.context().close();
  });

  test('no CSV the hostile site publishes has a cell a spreadsheet would run as a formula', () => {
    const csvs: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.csv')) csvs.push(join(dir, e.name));
      }
    };
    walk(outDir);
    expect(csvs.map((f) => relative(outDir, f))).toEqual(expect.arrayContaining(['data/projects.csv', 'data/indicator_values.csv', 'downloads/indicators/hostile-plan.formula-name.csv', 'en/downloads/projects/map.csv']));
    const raw: string[] = [];
    let neutralised = 0;
    for (const file of csvs) {
      for (const cell of Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data.flat()) {
        if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell)) raw.push(`${relative(outDir, file)}: ${cell.slice(0, 40)}`);
        if (/^'[=+\-@]/.test(cell)) neutralised += 1;
      }
    }
    expect(raw).toEqual([]);
    expect(neutralised).toBeGreaterThan(10);
  });
});
