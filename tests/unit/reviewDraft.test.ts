import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import { UNIT_CODES } from '../../src/lib/data/units';
import { DRAFT_COLUMNS } from '../../src/lib/drafting/draftCsv';
import { findQuote, lineStarts, quoteContext } from '../../src/lib/drafting/quoteContext';
import { readDraft } from '../../src/lib/drafting/readDraft';
import { EDITABLE_COLUMNS, reviewPageHtml, type ReviewRow } from '../../src/lib/drafting/reviewPage';
import { checkSave, draftVersion } from '../../src/lib/drafting/reviewSave';
import { loadReview, MAX_SAVE_BYTES, startReviewServer } from '../../src/lib/drafting/reviewServer';
import { draftFolder } from '../draftFolder';

const folder = draftFolder();
afterAll(() => rmSync(folder.dataDir, { recursive: true, force: true }));
const draftText = () => readFileSync(folder.draftPath, 'utf8');
const rows = (): ReviewRow[] => readDraft('d.csv', draftText()).rows;
const page = (input: Partial<Parameters<typeof reviewPageHtml>[0]> = {}) =>
  parseHTML(reviewPageHtml({ docId: folder.docId, title: folder.title, text: folder.text, rows: rows(), ...input })).document;

const HOSTILE = ['<script>window.__pwned=1</script>', '"><img src=x onerror=window.__pwned=1>', '\u202Eevil\u202C name', "it's & <b>bold</b>"];

describe('the review page', () => {
  test('has a card per draft row, each with every editable column as a labelled control', () => {
    const doc = page();
    const cards = [...doc.querySelectorAll('article.card')];
    expect(cards).toHaveLength(folder.rows.length);
    for (const card of cards) {
      for (const col of EDITABLE_COLUMNS) {
        const control = card.querySelector(`[data-col="${col}"]`);
        expect(control, col).not.toBeNull();
        expect(doc.querySelector(`label[for="${control!.id}"]`), col).not.toBeNull();
      }
      // Save sends each card's [data-col] cells: every column of the draft, once.
      expect([...card.querySelectorAll('[data-col]')].map((el) => el.getAttribute('data-col')).sort()).toEqual([...DRAFT_COLUMNS].sort());
    }
  });

  test('offers every unit code in the unit select, and each row’s own unit selected', () => {
    const doc = page();
    const first = folder.rows.findIndex((r) => r.unit);
    const select = doc.querySelectorAll('select[data-col="unit"]')[first]!;
    expect([...select.querySelectorAll('option')].map((o) => o.getAttribute('value')).filter(Boolean)).toEqual(UNIT_CODES);
    expect(select.querySelector('option[selected]')!.getAttribute('value')).toBe(folder.rows[first]!.unit);
  });

  test('marks each row’s number inside its quote', () => {
    const doc = page();
    folder.rows.forEach((row, i) => {
      const mark = doc.querySelector(`#row-${i + 1} .context q mark`);
      expect(mark?.textContent, `row ${i + 1}`).toBe(row.value_text);
    });
  });

  test('renders hostile text from the CSV and the title as text, isolated', () => {
    const hostile = rows().map((r, i) => ({ ...r, name_zh: HOSTILE[i % HOSTILE.length]!, value_text: HOSTILE[(i + 1) % HOSTILE.length]!, source_quote: `</textarea>${HOSTILE[(i + 2) % HOSTILE.length]!}` }));
    const doc = page({ rows: hostile, title: HOSTILE[1]! });
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(doc.querySelector('h1')!.textContent).toBe(HOSTILE[1]);
    expect(doc.querySelector('h1 bdi')).not.toBeNull();
    hostile.forEach((r, i) => {
      expect(doc.querySelector(`#f${i + 1}-name_zh`)!.getAttribute('value')).toBe(r.name_zh);
      expect(doc.querySelector(`#h${i + 1} bdi`)!.textContent).toBe(r.value_text);
      // A quote that closes its textarea stays inside it (linkedom leaves RCDATA entities undecoded).
      expect(doc.querySelector(`#f${i + 1}-source_quote`)!.textContent).toBe(r.source_quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    });
  });

  test('keeps a quote that closes the script element inside its JSON', () => {
    const text = `${folder.text}</script><script>window.__pwned=1</script>`;
    const doc = page({ text });
    expect(JSON.parse(doc.getElementById('review-text')!.textContent!)).toBe(text);
  });

  test('allows only its own inline style and script, by hash', () => {
    const html = reviewPageHtml({ docId: folder.docId, title: folder.title, text: folder.text, rows: rows() });
    const doc = parseHTML(html).document;
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(policy).toContain(`default-src 'none'`);
    expect(policy).toContain(`script-src ${hash(doc.querySelector('script:not([type])')!.textContent!)}`);
    expect(policy).toContain(`style-src ${hash(doc.querySelector('style')!.textContent!)}`);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('warns on a card whose quote is not in the text or does not hold its number', () => {
    const r = rows();
    const edited = r.map((row, i) => (i === 0 ? { ...row, source_quote: `${row.source_quote}（不在原文）` } : i === 1 ? { ...row, value_text: `${row.value_text}9999` } : row));
    const doc = page({ rows: edited });
    const warnings = (n: number) => [...doc.querySelectorAll(`#row-${n} .warnings li`)].map((li) => li.textContent);
    expect(warnings(1)).toEqual([expect.stringContaining('source_quote is not an exact part of the cleaned text')]);
    expect(warnings(2)).toEqual([expect.stringContaining('value_text is not inside source_quote')]);
    expect(doc.querySelector('#row-2 .context mark')).toBeNull();
    expect(doc.querySelector('[data-count="warnings"]')!.textContent).toBe('2');
  });
});

describe('a quote in its text', () => {
  const text = '一、回顾\n床位120张。\n二、目标\n床位120张。';
  const starts = lineStarts(text);

  test('is found at the occurrence nearest the row’s line', () => {
    expect(findQuote(text, starts, '床位120张', 2)).toBe(text.indexOf('床位120张'));
    expect(findQuote(text, starts, '床位120张', 4)).toBe(text.lastIndexOf('床位120张'));
  });

  test('is shown with the text around it on its line and its number marked', () => {
    expect(quoteContext(text, starts, { source_quote: '位120', value_text: '120', line: 4 })).toEqual({ before: '床', quoteHead: '位', value: '120', quoteTail: '', after: '张。', table: null, warnings: [] });
  });

  test('that is a table row names the heading above its number', () => {
    const table = '表1 指标\n序号 | 指标 | 2020年 | 2025年目标 | 属性 |\n1 | 床位数(张) | 120 | 150 | 预期性 |';
    const row = { source_quote: '1 | 床位数(张) | 120 | 150 | 预期性 |', value_text: '150', line: 3 };
    expect(quoteContext(table, lineStarts(table), row).table).toEqual({ headings: ['序号', '指标', '2020年', '2025年目标', '属性'], column: '2025年目标' });
    // A row one cell short lost its merged first cell: its cells sit under the later headings.
    const merged = '类别 | 指标 | 2020年 | 2025年 |\n床位数(张) | 120 | 150 |';
    expect(quoteContext(merged, lineStarts(merged), { source_quote: '床位数(张) | 120 | 150 |', value_text: '120', line: 2 }).table?.column).toBe('2020年');
  });

  test('that is empty is a warning of its own', () => {
    expect(quoteContext(text, starts, { source_quote: '', value_text: '120', line: 2 }).warnings).toEqual(['quote_empty']);
  });
});

describe('saving edited rows', () => {
  const current = () => ({ file: 'data/drafts/x.csv', text: draftText() });
  const body = (edit: (rows: Record<string, string>[]) => unknown = (r) => r, version = draftVersion(draftText())) => {
    const cells = rows().map((r) => Object.fromEntries(DRAFT_COLUMNS.map((c) => [c, r[c] === null ? '' : String(r[c])])));
    return JSON.stringify({ version, rows: edit(cells) });
  };

  test('refuses a body that is not JSON, with the reason', () => {
    const check = checkSave('{"rows": [', current());
    expect(check).toMatchObject({ ok: false, status: 400, failure: { message: expect.stringMatching(/^the request body is not JSON \(/) } });
  });

  test('refuses a row without a column, naming the row and column', () => {
    const check = checkSave(body((r) => r.map((row, i) => (i === 1 ? { ...row, name_en: undefined } : row))), current());
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.status).toBe(400);
    expect(check.failure.problems).toEqual([{ row: 1, message: expect.stringMatching(/^row 2: name_en: /) }]);
  });

  test('refuses a cell readDraft would not read back, as row: column: reason (found …)', () => {
    const check = checkSave(body((r) => r.map((row, i) => (i === 2 ? { ...row, value: 'abc', accept: 'yes' } : row))), current());
    expect(check).toMatchObject({ ok: false, status: 400 });
    if (check.ok) return;
    expect(check.failure.problems).toEqual([
      { row: 2, message: 'row 3: accept: must be y (keep), n (drop) or empty (found "yes")' },
      { row: 2, message: expect.stringMatching(/^row 3: value: .* \(found "abc"\)$/) },
    ]);
    expect(check.failure.message).toMatch(/^2 problems: row 3: accept/);
  });

  test('finds the right row after a cell that holds line breaks', () => {
    const check = checkSave(body((r) => r.map((row, i) => (i === 0 ? { ...row, name_zh: '两\n行' } : i === 1 ? { ...row, year: '1800' } : row))), current());
    expect(check.ok ? [] : check.failure.problems).toEqual([{ row: 1, message: expect.stringMatching(/^row 2: year: /) }]);
  });

  test('refuses rows that are not the draft’s rows', () => {
    const check = checkSave(body((r) => r.slice(1)), current());
    expect(check).toMatchObject({ ok: false, status: 400, failure: { message: `the rows sent are not the draft's rows (${folder.rows.length - 1} rows were sent, data/drafts/x.csv has ${folder.rows.length}): reload the page` } });
  });

  test('refuses a page opened before the file last changed', () => {
    expect(checkSave(body(undefined, 'stale'), current())).toMatchObject({ ok: false, status: 409 });
  });

  test('writes accept marks and edits in the draft format, and counts them', () => {
    const check = checkSave(body((r) => r.map((row, i) => (i === 0 ? { ...row, accept: 'Y', name_zh: '=编辑过' } : i === 1 ? { ...row, accept: 'n' } : row))), current());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.answer).toMatchObject({ rows: folder.rows.length, accepted: 1, skipped: 1 });
    expect(check.csv.startsWith('\ufeff')).toBe(true);
    expect(check.csv).toContain('\r\n');
    expect(check.csv).toContain(`'=编辑过`);
    const back = readDraft('x.csv', check.csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.accept).slice(0, 2)).toEqual(['y', 'n']);
    expect(back.rows[0]!.name_zh).toBe('=编辑过');
    expect(check.answer.version).toBe(draftVersion(check.csv));
  });
});

describe('the review server', () => {
  test('refuses to start on a draft it cannot read, naming file, line, column and reason', () => {
    const broken = draftFolder(folder.docId);
    const lines = readFileSync(broken.draftPath, 'utf8').split('\r\n');
    lines[3] = `x${lines[3]}`;
    writeFileSync(broken.draftPath, lines.join('\r\n'));
    const loaded = loadReview(broken.dataDir, broken.docId);
    expect(loaded).toEqual({ ok: false, errors: [expect.stringMatching(new RegExp(`drafts/${broken.docId}\\.csv:4:accept: must be y \\(keep\\), n \\(drop\\) or empty \\(found "x"\\)$`))] });
    rmSync(broken.dataDir, { recursive: true, force: true });
  });

  test('says how to make a draft that is missing', () => {
    expect(loadReview(folder.dataDir, 'no-such-doc')).toEqual({ ok: false, errors: [expect.stringMatching(/documents\.csv: has no doc_id no-such-doc$/)] });
  });

  test('serves the page only under its own host, saves only from its own origin, keeps a .bak', async () => {
    const own = draftFolder(folder.docId);
    const server = await startReviewServer({ dataDir: own.dataDir, docId: own.docId, port: 0 });
    try {
      const origin = server.url.replace(/\/$/, '');
      const pageResponse = await fetch(server.url);
      expect(pageResponse.status).toBe(200);
      expect(pageResponse.headers.get('content-security-policy')).toContain(`frame-ancestors 'none'`);
      const html = await pageResponse.text();
      const version = parseHTML(html).document.body.getAttribute('data-version')!;
      // fetch() will not send another Host; a DNS-rebinding page would.
      const status = await new Promise((ok) => get(server.url, { headers: { Host: 'evil.example' } }, (res) => ok(res.resume().statusCode)));
      expect(status).toBe(403);

      const before = readFileSync(own.draftPath, 'utf8');
      const cells = readDraft('d.csv', before).rows.map((r, i) => Object.fromEntries(DRAFT_COLUMNS.map((c) => [c, c === 'accept' && i === 0 ? 'y' : r[c] === null ? '' : String(r[c])])));
      const save = (headers: Record<string, string>, payload = JSON.stringify({ version, rows: cells })) =>
        fetch(`${origin}/save`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: payload });
      expect((await save({})).status).toBe(403);
      expect((await save({ Origin: 'http://evil.example' })).status).toBe(403);
      expect((await save({ Origin: origin }, 'x'.repeat(MAX_SAVE_BYTES + 1))).status).toBe(413);
      expect(readFileSync(own.draftPath, 'utf8')).toBe(before);

      const saved = await save({ Origin: origin });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toMatchObject({ rows: own.rows.length, accepted: 1, skipped: 0 });
      expect(readFileSync(`${own.draftPath}.bak`, 'utf8')).toBe(before);
      expect(readDraft('d.csv', readFileSync(own.draftPath, 'utf8')).rows[0]!.accept).toBe('y');
      // The same page saving again is refused: the file changed since it was served.
      expect((await save({ Origin: origin })).status).toBe(409);
    } finally {
      await server.close();
      rmSync(own.dataDir, { recursive: true, force: true });
    }
    expect(existsSync(own.dataDir)).toBe(false);
  });
});
