/**
 * Screenshots of the interactive projects map with a project's details open,
 * at desktop and 375 px phone width, for a person to look at:
 * npx tsx scripts/dev/mapScreenshots.ts /projects/ /regions/331022/
 * Opens the map, clicks the first marker of the largest group of projects that
 * share a point (opening its cluster first when zoomed out), and writes tmp/screens/map-*.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, openPage } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';
import { loadDataset } from '../../src/lib/validation/loadDataset';

const root = resolve(import.meta.dirname, '..', '..');
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/projects/'];
const out = join(root, 'tmp', 'screens');
mkdirSync(out, { recursive: true });
const groups = new Map<string, string[]>();
for (const p of loadDataset().projects) if (p.lon !== null && p.lat !== null && p.location_precision !== 'city') groups.set(`${p.lon},${p.lat}`, [...(groups.get(`${p.lon},${p.lat}`) ?? []), p.project_id]);
const stacked = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
const { server, url } = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
for (const path of paths) {
  for (const [label, width, height] of [['desktop', 1280, 900], ['phone', 375, 740]] as const) {
    const { page, problems } = await openPage(browser, { width, height });
    await page.goto(url + path);
    await page.locator('.map-frame').first().hover();
    await page.waitForSelector('[data-map-state="interactive"]', { timeout: 20_000 });
    const cluster = page.locator(`.map-cluster[data-projects~="${stacked[0] ?? ''}"]`);
    if (await cluster.count()) await cluster.click();
    await page.waitForTimeout(800);
    const stackedMarker = page.locator(`.map-marker[data-project="${stacked[0] ?? ''}"]`);
    // A page without that group (a region page): its first marker drawn on its own.
    const marker = (await stackedMarker.count()) ? stackedMarker : page.locator('.map-marker:not([data-clustered])').first();
    await marker.waitFor({ state: 'visible', timeout: 10_000 });
    await marker.click();
    await page.waitForTimeout(800);
    const name = `map-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
    await page.screenshot({ path: join(out, name) });
    console.log(`${name}${problems.consoleErrors.length ? `  console: ${problems.consoleErrors.join('; ')}` : ''}`);
    await page.context().close();
  }
}
await browser.close();
server.close();
