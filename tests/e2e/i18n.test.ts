import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { builtPages } from './builtPages';

const base = inject('baseUrl');
const pages = builtPages();
const paths = new Set(pages.map((p) => p.path));
const english = pages.filter((p) => p.path.startsWith('/en/'));
const chinese = pages.filter((p) => !p.path.startsWith('/en/'));
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Text with Chinese characters on an English page that is not marked as Chinese. */
function untranslated(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        walk(el);
      } else if (child.nodeType === 3 && HAN.test(child.textContent ?? '')) {
        const lang = (child.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
        if (!lang.startsWith('zh')) out.push(`${child.parentElement?.tagName}: ${(child.textContent ?? '').trim().slice(0, 40)}`);
      }
    }
  };
  walk(document.documentElement);
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(attr);
      const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
      if (v && HAN.test(v) && !lang.startsWith('zh')) out.push(`${el.tagName}[${attr}]: ${v.slice(0, 40)}`);
    }
  }
  return out;
}

describe('the two editions', () => {
  test('have the same pages', () => {
    expect(english.length).toBeGreaterThan(300);
    expect(english.map((p) => p.path.slice(3))).toEqual(chinese.map((p) => p.path));
  });

  test.each(english.map((p) => p.path))('%s has no Chinese interface text outside lang="zh-CN" fragments', (path) => {
    const page = english.find((p) => p.path === path)!;
    expect(/<html lang="([^"]+)"/.exec(page.html)?.[1]).toBe('en');
    expect(untranslated(page.html)).toEqual([]);
  });

  test.each(['/', '/regions/331022/', '/en/indicators/sanmen-fyp14.t2-nursing-bed-share/'])('%s names its alternates with hreflang and links to the same page in the other language', (path) => {
    const { document } = parseHTML(pages.find((p) => p.path === path)!.html);
    const alternates = Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    const zhPath = path.startsWith('/en/') ? path.slice(3) : path;
    expect(alternates).toEqual({ 'zh-CN': zhPath, en: `/en${zhPath}`, 'x-default': zhPath });
    for (const p of Object.values(alternates)) expect(paths.has(String(p))).toBe(true);
    const other = path.startsWith('/en/') ? zhPath : `/en${zhPath}`;
    expect(document.querySelector('a.lang-switch')?.getAttribute('href')).toBe(other);
  });
});

describe('switching language', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser.close(); });

  test('on a region page lands on the same region in the other language, and back', async () => {
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(`${base}/regions/320400/`);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`${base}/en/regions/320400/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toContain('Changzhou');
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`${base}/regions/320400/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('常州');
    expectCleanPage(problems);
    await page.context().close();
  });
});
