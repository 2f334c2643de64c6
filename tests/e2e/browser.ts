import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, background networking off so nothing leaves the machine; WebGL through SwiftShader. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  externalRequests: string[];
}

/**
 * Opens a page that records console errors, uncaught exceptions, CSP
 * violations and any request to a host other than the local server; tests
 * assert both lists stay empty (`expectCleanPage`).
 */
export async function openPage(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 } });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], externalRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:') return route.continue();
    problems.externalRequests.push(url.href);
    return route.abort();
  });
  return { page, problems };
}

/** Fails the test if the page logged an error, broke its CSP or reached beyond localhost. */
export function expectCleanPage(problems: PageProblems): void {
  const all = [...problems.consoleErrors.map((e) => `console: ${e}`), ...problems.externalRequests.map((u) => `external request: ${u}`)];
  if (all.length) throw new Error(`page problems:\n${all.join('\n')}`);
}
