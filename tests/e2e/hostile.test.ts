import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { buildFixtureSite } from './buildFixture';
import { builtPages } from './builtPages';
import { serveStatic } from './staticServer';

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
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('a dataset full of hostile strings', () => {
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
        }));
        expect(state, `${path} at ${width}px`).toEqual({ pwned: undefined, scripts: 0, injected: 0, handlers: 0, javascriptLinks: 0, h1s: 1, overflow: false });
        expectCleanPage(problems);
        await page.context().close();
      }
    }
  }, 120_000);

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
});
