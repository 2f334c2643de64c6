// The drafter on real texts in styles the seeds do not have (tests/fixtures/corpus/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftText } from '../../src/lib/drafting/draftText';

const dir = join(import.meta.dirname, '../fixtures/corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const doc = { doc_type: 'annual_work_report', period_start: 2020, period_end: 2020 } as const;

describe.each(files)('drafting %s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const rows = draftText(text, doc);

  test('every number gives a row, and every source_quote is an exact substring holding it', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(text.includes(r.source_quote), r.source_quote).toBe(true);
      expect(r.source_quote.includes(r.value_text), `${r.value_text} in ${r.source_quote}`).toBe(true);
      expect(text.slice(r.start, r.end).length).toBeGreaterThan(0);
    }
  });

  test('no placeholder (X, XX, X.X) becomes a number', () => {
    for (const r of rows) {
      const around = text.slice(Math.max(0, r.start - 2), r.end + 2);
      expect(/[XxＸ×]\.?$/.test(around.slice(0, r.start - Math.max(0, r.start - 2))) || /^\.?[XxＸ×]/.test(text.slice(r.end, r.end + 2)), `${around} at line ${r.line}`).toBe(false);
      expect(r.value_text).not.toMatch(/[XＸ]/);
    }
  });

  test('document numbers, dates and years are skipped', () => {
    const at = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index!, m.index! + m[0].length] as const);
    const spans = [...at(/〔\d{4}〕\d+号/g), ...at(/\d{1,2}月\d{1,2}日/g), ...at(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g), ...at(/\d{4}\s*年(?!\d)/g)];
    for (const [a, b] of spans) {
      const inside = rows.filter((r) => r.start >= a && r.end <= b);
      expect(inside.length, text.slice(a, b)).toBeGreaterThan(0);
      for (const r of inside) expect(r.skip_reason, text.slice(a, b)).not.toBeNull();
    }
  });
});

describe('the corpus as a whole', () => {
  const all = files.map((f) => ({ file: f, rows: draftText(readFileSync(join(dir, f), 'utf8'), doc) }));
  const reasonsIn = (name: string) => all.find((x) => x.file.startsWith(name))!.rows.map((r) => [r.value_text, r.skip_reason]);

  test('the evaluation notice: its document number, 70 周年 and the meetings are not data; 7 and 36 units are', () => {
    const rows = reasonsIn('zhejiang');
    expect(rows).toContainEqual(['375', 'document_number']);
    expect(rows).toContainEqual(['70', 'anniversary']);
    expect(rows).toContainEqual(['十九', 'meeting_or_plan_name']);
    expect(rows.filter((r) => r[1] === null).map((r) => r[0])).toEqual(['7个', '36个']);
  });
  test('the summary: its hotline and dates are skipped, its counts kept', () => {
    const rows = reasonsIn('tongzhou');
    expect(rows).toContainEqual(['12345', 'phone']);
    expect(rows.filter((r) => r[1] === null).map((r) => r[0])).toEqual(['30家', '22家', '3家', '5家', '8033人', '60对', '67人次']);
  });
  test('the template keeps only its one real figure', () => {
    expect(reasonsIn('x-district').filter((r) => r[1] === null).map((r) => r[0])).toEqual(['20000元']);
  });
});
