import { launchChromium, openPage } from '../../tests/e2e/browser';
import { serveStatic } from '../../tests/e2e/staticServer';
const { server, url } = await serveStatic('dist');
const b = await launchChromium();
for (const [w, name] of [[1280, 'source-q-desktop'], [375, 'source-q-phone']] as const) {
  const { page, problems } = await openPage(b, { width: w, height: 800 });
  await page.goto(url + '/indicators/sanmen-fyp14.t2-nursing-bed-share/');
  const href = await page.locator('.chart-table a').first().getAttribute('href');
  await page.goto(url + href);
  await page.screenshot({ path: `tmp/screens/${name}.png` });
  console.log(href, problems);
  await page.context().close();
}
await b.close(); server.close();
