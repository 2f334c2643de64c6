import { launchChromium, openPage } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';
const { server, url } = await serveStatic('dist');
const b = await launchChromium();
for (const [w, name] of [[1280, 'projects-desktop'], [375, 'projects-phone']] as const) {
  const { page, problems } = await openPage(b, { width: w, height: 900 });
  const t0 = Date.now();
  await page.goto(url + '/projects/');
  try { await page.waitForSelector('[data-map-state="interactive"]', { timeout: 15000 }); } catch { console.log('map not interactive'); }
  console.log(name, 'interactive after', Date.now() - t0, 'ms');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `tmp/screens/${name}.png` });
  console.log(problems);
  await page.context().close();
}
await b.close(); server.close();
