import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UNIT_CODES } from '../../src/lib/data/units';
import { readDraft } from '../../src/lib/drafting/readDraft';
import { startReviewServer, type ReviewServer } from '../../src/lib/drafting/reviewServer';
import { draftFolder } from '../draftFolder';
import { expectCleanPage, launchChromium, openPage } from './browser';

// A real document drafted into a throwaway data folder, reviewed in Chromium through the real server.
const folder = draftFolder();
const proposed = folder.rows.findIndex((r) => r.skip_reason === null);
const skipped = folder.rows.findIndex((r) => r.skip_reason !== null);
// Two neighbouring rows for the keyboard (a, then j and s), and one for a hostile name: all different rows.
const keyed = [...folder.rows.keys()].find((i) => i + 1 < folder.rows.length && ![proposed, skipped].includes(i) && ![proposed, skipped].includes(i + 1))!;
const hostileRow = [...folder.rows.keys()].find((i) => ![proposed, skipped, keyed, keyed + 1].includes(i) && folder.rows[i]!.skip_reason === null)!;
const HOSTILE = '<img src=x onerror=window.__pwned=1>';
const newUnit = UNIT_CODES.find((u) => u !== folder.rows[proposed]!.unit)!;

let browser: Browser;
let server: ReviewServer;
beforeAll(async () => {
  server = await startReviewServer({ dataDir: folder.dataDir, docId: folder.docId, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(folder.dataDir, { recursive: true, force: true });
});

const axeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
};

describe('reviewing a draft in the browser', () => {
  test('a curator edits, accepts and skips rows, saves, and the draft file holds it', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);

    // The first card's highlighted number sits inside its quote.
    const first = await page.locator('#row-1 .context').evaluate((p) => {
      const mark = p.querySelector('mark');
      return { inQuote: Boolean(mark?.closest('q')), mark: mark?.textContent, quote: p.querySelector('q')?.textContent };
    });
    expect(first).toEqual({ inQuote: true, mark: folder.rows[0]!.value_text, quote: folder.rows[0]!.source_quote });

    // Edit a proposed row's name and unit, accept it; skip a row the drafter skipped.
    const card = (i: number) => page.locator(`#row-${i + 1}`);
    await card(proposed).locator('[data-col="name_zh"]').fill('养老机构床位数（已核）');
    await card(proposed).locator('[data-col="unit"]').selectOption(newUnit);
    await card(proposed).getByRole('button', { name: /采用 Accept/ }).click();
    await expect.poll(() => card(proposed).getAttribute('data-accept')).toBe('y');
    expect(await card(proposed).getByRole('button', { name: /采用 Accept/ }).getAttribute('aria-pressed')).toBe('true');
    await card(skipped).getByRole('button', { name: /跳过 Skip/ }).click();
    expect(await card(skipped).getAttribute('data-accept')).toBe('n');

    // Keyboard: focus a card, a accepts it, j moves to the next, s skips that one.
    await card(keyed).locator('h2').click();
    await page.keyboard.press('a');
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    expect(await card(keyed).getAttribute('data-accept')).toBe('y');
    expect(await card(keyed + 1).getAttribute('data-accept')).toBe('n');
    // A letter typed into a field is text, not a shortcut.
    await card(hostileRow).locator('[data-col="name_zh"]').fill('');
    await card(hostileRow).locator('[data-col="name_zh"]').pressSequentially('as');
    expect(await card(hostileRow).getAttribute('data-accept')).toBe('');
    await card(hostileRow).locator('[data-col="name_zh"]').fill(HOSTILE);

    // An edited quote is checked at once: not in the text is a warning; put back, the number is marked again.
    const quoteBox = card(hostileRow).locator('[data-col="source_quote"]');
    const quote = await quoteBox.inputValue();
    await quoteBox.fill(`${quote}（改）`);
    await expect.poll(() => card(hostileRow).locator('.warnings').textContent()).toContain('source_quote is not an exact part of the cleaned text');
    expect(await page.locator('[data-count="warnings"]').textContent()).toBe('1');
    await quoteBox.fill(quote);
    expect(await card(hostileRow).locator('.warnings').isVisible()).toBe(false);
    expect(await card(hostileRow).locator('.context q mark').textContent()).toBe(folder.rows[hostileRow]!.value_text);

    // The filter shows only rows not yet reviewed.
    await page.getByRole('radio', { name: /未审/ }).check();
    expect(await card(proposed).isVisible()).toBe(false);
    expect(await card(hostileRow).isVisible()).toBe(true);
    await page.getByRole('radio', { name: /全部/ }).check();

    await page.getByRole('button', { name: /保存 Save/ }).click();
    const accepted = 2;
    const dropped = 2;
    await expect.poll(() => page.locator('#status').textContent()).toContain(`saved ${folder.rows.length} rows (${accepted} accepted, ${dropped} skipped)`);

    const back = readDraft(folder.draftPath, readFileSync(folder.draftPath, 'utf8'));
    expect(back.errors).toEqual([]);
    const marks = back.rows.map((r) => r.accept);
    expect([marks[proposed], marks[skipped], marks[keyed], marks[keyed + 1]]).toEqual(['y', 'n', 'y', 'n']);
    expect(marks.filter((m) => m !== '')).toHaveLength(accepted + dropped);
    expect(back.rows[proposed]).toMatchObject({ name_zh: '养老机构床位数（已核）', unit: newUnit });
    expect(back.rows[hostileRow]!.name_zh).toBe(HOSTILE);
    expect(existsSync(`${folder.draftPath}.bak`)).toBe(true);

    // Served again, the hostile name is text in its field; nothing ran.
    await page.reload();
    expect(await card(hostileRow).locator('[data-col="name_zh"]').inputValue()).toBe(HOSTILE);
    expect(await page.evaluate(() => ({ images: document.images.length, pwned: (window as { __pwned?: unknown }).__pwned }))).toEqual({ images: 0, pwned: undefined });
    expect(await card(proposed).getAttribute('data-accept')).toBe('y');

    expect(await axeViolations(page)).toEqual([]);
    expectCleanPage(problems);
    await page.context().close();
  });

  test('a save the server refuses shows its reason on the card', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await page.locator(`#row-${proposed + 1} [data-col="year"]`).fill('20255');
    await page.getByRole('button', { name: /保存 Save/ }).click();
    await expect.poll(() => page.locator(`#row-${proposed + 1} .card-error`).textContent()).toMatch(/^row \d+: year: .*\(found "20255"\)$/);
    expect(await page.locator('#status').textContent()).toMatch(/^未保存 not saved: 1 problem: /);
    // The browser's own log of the 400 response is the only console error allowed.
    expect(problems.consoleErrors.every((e) => /status of 400/.test(e))).toBe(true);
    await page.context().close();
  });

  test('fits a 375 px phone without sideways scrolling, and passes axe there', async () => {
    const { page, problems } = await openPage(browser, { width: 375, height: 760 });
    await page.goto(server.url);
    await page.screenshot({ fullPage: false });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('article.card')].map((c) => c.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    expectCleanPage(problems);
    await page.context().close();
  });
});
