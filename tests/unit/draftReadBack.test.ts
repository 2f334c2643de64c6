import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { draftCsv } from '../../src/lib/drafting/draftCsv';
import { draftText } from '../../src/lib/drafting/draftText';
import { readDraft } from '../../src/lib/drafting/readDraft';

const text = readFileSync('tests/fixtures/corpus/tongzhou-2020-summary.txt', 'utf8');
const doc = { doc_type: 'annual_work_report', period_start: 2020, period_end: 2020 } as const;

describe('a draft read back', () => {
  test('gives every drafted row with its fields as written', () => {
    const rows = draftText(text, doc);
    const back = readDraft('d.csv', draftCsv(rows));
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.value, r.unit, r.year, r.value_kind, r.source_quote, r.skip_reason, r.accept])).toEqual(rows.map((r) => [r.value, r.unit, r.year, r.value_kind, r.source_quote, r.skip_reason, '']));
  });

  test('a text cell that starts like a formula reads back as written', () => {
    const rows = draftText(text, doc).slice(0, 1).map((r) => ({ ...r, name_zh: '=HYPERLINK("x")', source_quote: '-3 人' }));
    const back = readDraft('d.csv', draftCsv(rows));
    expect(back.rows[0]!.name_zh).toBe('=HYPERLINK("x")');
    expect(back.rows[0]!.source_quote).toBe('-3 人');
  });

  test('a curator’s typo is reported with file, line, column and what was found', () => {
    const csv = draftCsv(draftText(text, doc)).split('\r\n');
    csv[2] = csv[2]!.replace(/^/, 'yes');
    const back = readDraft('data/drafts/x.csv', csv.join('\r\n'));
    expect(back.errors).toEqual([expect.stringMatching(/^data\/drafts\/x\.csv:3:accept: must be y \(keep\), n \(drop\) or empty \(found "yes"\)$/)]);
  });

  test('a file without the draft columns is refused whole', () => {
    const back = readDraft('x.csv', 'a,b\n1,2\n');
    expect(back.rows).toEqual([]);
    expect(back.errors[0]).toMatch(/^x\.csv:1: missing columns accept, skip_reason/);
  });
});
