import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security/securityPolicy';
import { launchChromium, openPage } from './browser';
import { builtPages } from './builtPages';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

describe('the security policy', () => {
  test.each(builtPages().map((p) => [p.path, p.html]))('%s carries the CSP and needs no inline script or style', (_, html) => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  test('the static host headers file sends the policy and related headers', async () => {
    const res = await fetch(`${base}/`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
  });

  test('is enforced in the browser: an injected inline script is refused and reported', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(problems.consoleErrors.some((e) => e.includes('CSP violation: script-src'))).toBe(true);
    await page.context().close();
  });
});
