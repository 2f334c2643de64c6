/**
 * Screenshots of the built site at desktop and 375 px phone width, for a
 * person to look at: npm run screenshots -- /regions/331022/ /sources/changzhou-fyp14/
 * Writes tmp/screens/*.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openPage } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';

const root = resolve(import.meta.dirname, '..', '..');
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = join(root, 'tmp', 'screens');
mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
for (const path of paths) {
  for (const [label, width] of [['desktop', 1280], ['phone', 375]] as const) {
    const { page, problems } = await openPage(browser, { width, height: 900 });
    await page.goto(url + path);
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
    await page.screenshot({ path: join(out, name), fullPage: process.env['FULL'] === '1' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    console.log(`${name}${overflow ? '  HORIZONTAL OVERFLOW' : ''}${problems.consoleErrors.length ? `  console: ${problems.consoleErrors.join('; ')}` : ''}${problems.externalRequests.length ? `  external: ${problems.externalRequests.join(' ')}` : ''}`);
    await page.context().close();
  }
}
await browser.close();
server.close();
