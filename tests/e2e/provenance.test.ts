import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectCleanPage, launchChromium, openPage } from './browser';
import { builtPages } from './builtPages';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

// Every link to a quote anywhere on the site (both editions), grouped by the source page it points into.
const quoteLinks = new Map<string, Set<string>>();
for (const { html } of builtPages()) {
  for (const m of html.matchAll(/href="((?:\/en)?\/sources\/[^/"#]+\/)#(q\d+-[0-9a-f]{8})"/g)) {
    quoteLinks.set(m[1]!, (quoteLinks.get(m[1]!) ?? new Set()).add(m[2]!));
  }
}

describe('quote links', () => {
  test('exist on the site for every source document, in both editions', () => {
    expect([...quoteLinks.keys()].filter((p) => !p.startsWith('/en/')).length).toBeGreaterThanOrEqual(5);
    expect([...quoteLinks.keys()].filter((p) => p.startsWith('/en/')).length).toBeGreaterThanOrEqual(5);
  });

  test.each([...quoteLinks.keys()])('into %s each land on a highlighted passage', async (path) => {
    const ids = [...quoteLinks.get(path)!];
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(base + path);
    // Each anchor sits right before its highlight (overlapping quotes put several anchors in a row).
    const missing = await page.evaluate((list) => list.filter((id) => {
      let next = document.getElementById(id)?.nextElementSibling;
      while (next?.classList.contains('q-anchor')) next = next.nextElementSibling;
      return next?.tagName !== 'MARK';
    }), ids);
    expect(missing).toEqual([]);
    // Following one: the line is shown highlighted, not just scrolled to.
    await page.goto(`${base}${path}#${ids[0]}`);
    const background = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!.closest('li')!).backgroundColor, ids[0]!);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expectCleanPage(problems);
    await page.context().close();
  });
});
