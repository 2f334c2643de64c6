import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv';
import { acceptDraft, isTaken, nameSlug } from '../../src/lib/drafting/acceptDraft';
import { checkDraft } from '../../src/lib/drafting/checkDraft';
import { documentFactsOf } from '../../src/lib/drafting/documentFacts';
import { draftCsv } from '../../src/lib/drafting/draftCsv';
import { draftText } from '../../src/lib/drafting/draftText';
import { readDraft, type DraftRecord } from '../../src/lib/drafting/readDraft';

const documents = parseCsv('data/documents.csv', readFileSync('data/documents.csv', 'utf8')).rows.map((r) => r.record);

function draftOf(docId: string): { rows: DraftRecord[]; text: string } {
  const text = readFileSync(`data/sources/${docId}.txt`, 'utf8');
  const facts = documentFactsOf(documents.find((d) => d.doc_id === docId)!);
  const back = readDraft('d.csv', draftCsv(checkDraft(draftText(text, facts), facts, text)));
  expect(back.errors).toEqual([]);
  return { rows: back.rows, text };
}

describe('accepting a draft', () => {
  test.each(documents.map((d) => d.doc_id!))('%s: --all takes every proposed row, none skipped, grouped by name and unit', (docId) => {
    const { rows, text } = draftOf(docId);
    const { tables, errors } = acceptDraft(rows, { docId, all: true, text, existingIds: new Set(), file: 'd.csv' });
    expect(errors).toEqual([]);
    const proposed = rows.filter((r) => r.skip_reason === null);
    expect(tables.values).toHaveLength(proposed.length);
    expect(tables.taken).toBe(proposed.length);
    // Every value names an indicator of this batch; indicator ids are unique and start with the doc_id.
    const ids = tables.indicators.map((i) => i.indicator_id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${docId}.`)).toBe(true);
    for (const v of tables.values) expect(ids).toContain(v.indicator_id);
    // One value per indicator, year and kind (the validator's key).
    const keys = tables.values.map((v) => `${v.indicator_id} ${v.year} ${v.value_kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('without --all only rows marked y are taken, and n always wins', () => {
    const { rows, text } = draftOf(documents[0]!.doc_id!);
    const proposed = rows.filter((r) => r.skip_reason === null);
    const marked = rows.map((r) => (r === proposed[0] ? { ...r, accept: 'y' as const } : r === proposed[1] ? { ...r, accept: 'n' as const } : r));
    expect(acceptDraft(marked, { docId: 'x', all: false, text, existingIds: new Set(), file: 'd.csv' }).tables.values).toHaveLength(1);
    expect(acceptDraft(marked, { docId: 'x', all: true, text, existingIds: new Set(), file: 'd.csv' }).tables.values).toHaveLength(proposed.length - 1);
    expect(isTaken({ accept: 'y', skip_reason: 'year' }, false)).toBe(true);
    expect(isTaken({ accept: '', skip_reason: 'year' }, true)).toBe(false);
  });

  test('ids already in the tables are never reused', () => {
    const { rows, text } = draftOf(documents[0]!.doc_id!);
    const first = acceptDraft(rows, { docId: 'x', all: true, text, existingIds: new Set(), file: 'd.csv' }).tables.indicators.map((i) => i.indicator_id!);
    const second = acceptDraft(rows, { docId: 'x', all: true, text, existingIds: new Set(first), file: 'd.csv' }).tables.indicators.map((i) => i.indicator_id!);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  test('a row taken without the fields the tables need is refused with its draft line and column', () => {
    const { rows, text } = draftOf(documents[0]!.doc_id!);
    const target = rows.find((r) => r.skip_reason === null)!;
    const broken = rows.map((r) => (r === target ? { ...r, accept: 'y' as const, unit: null, name_zh: ' ' } : r));
    const { errors, tables } = acceptDraft(broken, { docId: 'x', all: false, text, existingIds: new Set(), file: 'data/drafts/x.csv' });
    expect(errors).toEqual([
      `data/drafts/x.csv:${target.csvLine}:unit: is empty; a row taken into the tables needs it (fill it, or mark the row n)`,
      `data/drafts/x.csv:${target.csvLine}:name_zh: is empty; name the indicator (or mark the row n)`,
    ]);
    expect(tables.values).toEqual([]);
  });

  test('an indicator slug is the pinyin of its name, lowercase ASCII', () => {
    expect(nameSlug('护理型床位占比')).toBe('hu-li-xing-chuang-wei-zhan-bi');
    expect(nameSlug('养老机构护理型床位占比')).toBe('yang-lao-ji-gou-hu-li-xing-chuang');
    expect(nameSlug('<script>')).toBe('script');
    expect(nameSlug('')).toBe('value');
  });
});
