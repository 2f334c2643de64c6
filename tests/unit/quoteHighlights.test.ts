import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { collectQuotes, highlightLines, type HighlightedQuote } from '../../src/lib/views/quoteHighlights';
import { quoteAnchor, sourceHref } from '../../src/lib/format/sourceLines';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const q = (start: number, end: number, anchor: string): HighlightedQuote => ({ start, end, anchor, uses: [] });

describe('quote highlights on a source page', () => {
  test('mark the quoted passage and anchor its start, leaving the rest of the line plain', () => {
    const [line] = highlightLines('甲乙丙丁戊\n', [q(1, 3, 'qa')]);
    expect(line!.segments).toEqual([
      { text: '甲', marked: false, anchors: [] },
      { text: '乙丙', marked: true, anchors: ['qa'] },
      { text: '丁戊', marked: false, anchors: [] },
    ]);
  });

  test('overlapping quotes merge into marked runs, each keeping its own anchor', () => {
    const [line] = highlightLines('甲乙丙丁戊\n', [q(0, 3, 'qa'), q(2, 5, 'qb')]);
    expect(line!.segments.map((s) => [s.text, s.marked, s.anchors])).toEqual([
      ['甲乙', true, ['qa']],
      ['丙', true, ['qb']],
      ['丁戊', true, []],
    ]);
  });

  test.each(dataset.documents.map((d) => [d.doc_id]))('in %s every value, project and note quote is anchored exactly once, and links go to it', (docId) => {
    const text = dataset.sources[docId]!;
    const quotes = collectQuotes(dataset, docId);
    const anchors = highlightLines(text, quotes).flatMap((l) => l.segments.flatMap((s) => s.anchors));
    expect(anchors.sort()).toEqual(quotes.map((x) => x.anchor).sort());
    const ids = new Set(dataset.indicators.filter((i) => i.doc_id === docId).map((i) => i.indicator_id));
    for (const v of dataset.indicator_values.filter((x) => ids.has(x.indicator_id))) {
      expect(anchors).toContain(quoteAnchor(text, v.source_quote));
      expect(sourceHref(docId, text, v.source_quote)).toBe(`/sources/${docId}/#${quoteAnchor(text, v.source_quote)}`);
    }
  });
});

describe('quote highlights on an English source page', () => {
  test('name what each quote feeds in English and link to the English pages, at the same anchors', () => {
    const zh = collectQuotes(dataset, 'sanmen-fyp14');
    const en = collectQuotes(dataset, 'sanmen-fyp14', 'en');
    expect(en.map((q) => q.anchor)).toEqual(zh.map((q) => q.anchor));
    const uses = en.flatMap((q) => q.uses);
    for (const u of uses) expect(u.href.startsWith('/en/')).toBe(true);
    expect(uses).toContainEqual({ label: 'Share of nursing-care beds in elderly-care institutions', href: '/en/indicators/sanmen-fyp14.t2-nursing-bed-share/' });
    expect(uses.some((u) => /^Project: [A-Z]/.test(u.label) && u.href.startsWith('/en/projects/#row-'))).toBe(true);
    expect(uses.some((u) => u.label === 'Data note' && u.href.startsWith('/en/regions/331022/#'))).toBe(true);
  });
});
