import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { indicatorReading } from '../../src/lib/findings/indicatorReading';
import { documentSections, previousHeading, promisesHeading } from '../../src/lib/findings/regionSections';
import { plainText } from '../../src/lib/findings/sentence';
import { flagsOfIndicator } from '../../src/lib/derive/targetFlags';
import { localizedPath } from '../../src/lib/i18n/locales';
import { t } from '../../src/lib/i18n/ui';
import { buildRegionView } from '../../src/lib/views/regionView';
import { regionsWithDocuments } from '../../src/lib/data/regionsWithDocuments';
import { expectCleanPage, launchChromium, openPage } from './browser';

const base = inject('baseUrl');
const data = loadDataset();
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser.close(); });

describe.each(['zh', 'en'] as const)('findings in the %s edition', (locale) => {
  test('the home page leads with findings whose numbers open their sentence in the source', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(base + localizedPath(locale, '/'));
    const findings = page.locator('section.findings');
    await expect(findings.locator('h2').textContent()).resolves.toBe(t(locale, 'findings.heading'));
    // The findings come before the list of regions and documents.
    const [findingsTop, cardsTop] = await Promise.all([findings.evaluate((el) => el.getBoundingClientRect().top), page.locator('.cards').evaluate((el) => el.getBoundingClientRect().top)]);
    expect(findingsTop).toBeLessThan(cardsTop);
    const hrefs = await findings.locator('a.figure').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const quoteLinks = hrefs.filter((h) => h.includes('/sources/'));
    expect(quoteLinks.length).toBeGreaterThan(0);
    const byPage = new Map<string, Set<string>>();
    for (const h of quoteLinks) {
      const [path, anchor] = h.split('#');
      expect(anchor, h).toMatch(/^q\d+-[0-9a-f]{8}$/);
      byPage.set(path!, (byPage.get(path!) ?? new Set()).add(anchor!));
    }
    for (const [path, anchors] of byPage) {
      await page.goto(base + path);
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...anchors]);
      expect(missing, path).toEqual([]);
    }
    expectCleanPage(problems);
    await page.context().close();
  });

  test('on a 375 px phone, every region is one tap away in the first screen', async () => {
    const { page, problems } = await openPage(browser, { width: 375, height: 740 });
    await page.goto(base + localizedPath(locale, '/'));
    const regions = regionsWithDocuments(data);
    const picker = page.locator('nav.region-picker');
    for (const region of regions) {
      const link = picker.getByRole('link', { name: locale === 'zh' ? region.name_zh : region.name_en, exact: true });
      const box = await link.boundingBox();
      expect(box, region.region_code).not.toBeNull();
      expect(box!.y + box!.height, region.region_code).toBeLessThanOrEqual(740);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    const last = regions[regions.length - 1]!;
    await picker.getByRole('link', { name: locale === 'zh' ? last.name_zh : last.name_en, exact: true }).click();
    await page.waitForURL(new RegExp(`${localizedPath(locale, `/regions/${last.region_code}/`).replace(/\//g, '\\/')}$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(locale === 'zh' ? last.name_zh : last.name_en);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('a region page separates what the plan promises from how the previous plan ended, and flags its targets in words', async () => {
    // A document that holds both halves, found in the data.
    const found = data.documents.map((d) => ({ d, sec: documentSections(buildRegionView(data, d.region_code)).find((s) => s.document.doc_id === d.doc_id)! })).find(({ sec }) => sec.previous.length > 0 && sec.current.length > 0);
    expect(found).toBeDefined();
    const { d, sec } = found!;
    const { page, problems } = await openPage(browser, { width: 375 });
    await page.goto(base + localizedPath(locale, `/regions/${d.region_code}/`));
    const h2 = await page.locator('main h2').allTextContents();
    const promises = h2.indexOf(promisesHeading(sec, locale));
    const previous = h2.indexOf(previousHeading(sec, locale));
    expect(promises).toBeGreaterThanOrEqual(0);
    expect(previous).toBeGreaterThan(promises);
    // Each previous-plan row sits under the previous-plan heading, none under the promises.
    const previousIds = await page.locator(`section[aria-labelledby="results-${d.doc_id}"] .dash-row a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(previousIds).toEqual(sec.previous.map((i) => localizedPath(locale, `/indicators/${i.indicator.indicator_id}/`)));
    // A flagged indicator shows its flags as words with their meaning for screen readers.
    const flagged = sec.current.flatMap((x) => x.indicators).find((i) => flagsOfIndicator(i.values).length > 0)!;
    const row = page.locator(`.dash-row a[href="${localizedPath(locale, `/indicators/${flagged.indicator.indicator_id}/`)}"]`);
    const words = await row.locator('.flag').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
    expect(words).toEqual(flagsOfIndicator(flagged.values).map((f) => t(locale, `findings.flag.${f}`)));
    await expect(row.locator('.flag .visually-hidden').first().textContent()).resolves.toContain(t(locale, `findings.flag.${flagsOfIndicator(flagged.values)[0]!}.explain`));
    // The flags are explained in the methodology, at the anchor the page links to.
    const how = await page.locator('.flag-summary a').getAttribute('href');
    expect(how).toBe(localizedPath(locale, '/methodology/#target-flags'));
    await page.goto(base + how!);
    await expect(page.locator('#target-flags').count()).resolves.toBe(1);
    await page.goBack();
    // Long names wrap: no row name is cut short.
    const cut = await page.locator('.dash-name').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).length);
    expect(cut).toBe(0);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('an indicator page opens with its reading, numbers linked to their quotes', async () => {
    const { page, problems } = await openPage(browser);
    // One indicator with a result against its target, one with targets only, one with figures only.
    const kinds = (id: string) => new Set(data.indicator_values.filter((v) => v.indicator_id === id).map((v) => v.value_kind));
    const picks = [
      data.indicators.find((i) => kinds(i.indicator_id).has('actual') && kinds(i.indicator_id).has('target')),
      data.indicators.find((i) => !kinds(i.indicator_id).has('actual') && kinds(i.indicator_id).has('target')),
      data.indicators.find((i) => !kinds(i.indicator_id).has('target') && !kinds(i.indicator_id).has('interim_target')),
    ];
    for (const ind of picks) {
      expect(ind).toBeDefined();
      await page.goto(base + localizedPath(locale, `/indicators/${ind!.indicator_id}/`));
      const values = data.indicator_values.filter((v) => v.indicator_id === ind!.indicator_id);
      const reading = page.locator('main p.reading');
      await expect(reading.textContent()).resolves.toBe(plainText(indicatorReading(ind!, values, locale)));
      const links = await reading.locator('a.figure').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const h of links) expect(h).toMatch(new RegExp(`^${localizedPath(locale, `/sources/${ind!.doc_id}/`).replace(/\//g, '\\/')}#q\\d+-[0-9a-f]{8}$`));
    }
    expectCleanPage(problems);
    await page.context().close();
  });
});
