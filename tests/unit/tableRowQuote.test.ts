import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { tableRowQuote } from '../../src/lib/format/tableRowQuote';

const TEXT = [
  '表1 指标',
  '类别 | 主要项目和指标 | 2015年 | 2020年 目标值 | 年均增长(%) | 2020年完成情况 |',
  '每千名老年人拥有社会养老床位数(张) | 48.6 | 50 | 0.6 | 55 |',
  '社会救助体系 | 平均低保标准 (元/月·人) | 城市低保 | 360 | 560 | 7.1 | 660 |',
  '养老服务',
  '养老体系 | 护理型床位比例(%) | 38.9 | 50 | 4.4 | 53 |',
  '正文里一句话,提到床位数48.6张,但它不在表里。',
  '后文 | 7 |',
].join('\n');

describe('a quoted table row', () => {
  test('is paired with the headings of its table, right-aligned when the merged category cell is missing', () => {
    expect(tableRowQuote(TEXT, '每千名老年人拥有社会养老床位数(张) | 48.6 | 50 | 0.6 | 55 |')).toEqual({
      headers: ['类别', '主要项目和指标', '2015年', '2020年 目标值', '年均增长(%)', '2020年完成情况'],
      cells: ['', '每千名老年人拥有社会养老床位数(张)', '48.6', '50', '0.6', '55'],
      aligned: true,
    });
  });

  test('finds its headings above group labels and rows, and a part of a row gets the whole row', () => {
    expect(tableRowQuote(TEXT, '护理型床位比例(%) | 38.9')).toEqual({
      headers: ['类别', '主要项目和指标', '2015年', '2020年 目标值', '年均增长(%)', '2020年完成情况'],
      cells: ['养老体系', '护理型床位比例(%)', '38.9', '50', '4.4', '53'],
      aligned: true,
    });
  });

  test('with more cells than headings is not paired cell by cell (which heading a cell has is unknown)', () => {
    expect(tableRowQuote(TEXT, '城市低保 | 360 | 560 | 7.1 | 660 |')?.aligned).toBe(false);
  });

  test('outside a table, or the heading line itself, is left as written', () => {
    expect(tableRowQuote(TEXT, '床位数48.6张')).toBeNull();
    expect(tableRowQuote(TEXT, '后文 | 7 |')).toBeNull();
    expect(tableRowQuote(TEXT, '类别 | 主要项目和指标')).toBeNull();
    expect(tableRowQuote(TEXT, '每千名老年人')).toBeNull();
  });
});

describe('the dataset’s table-row quotes', () => {
  const data = loadDataset();
  const quotes = data.indicator_values.map((v) => ({ doc: data.indicators.find((i) => i.indicator_id === v.indicator_id)!.doc_id, quote: v.source_quote }));
  const rows = quotes.map((q) => ({ ...q, table: tableRowQuote(data.sources[q.doc] ?? '', q.quote) })).filter((q) => q.table !== null);

  test('exist, and each pairs cells that are the quote’s own text', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const { quote, table } of rows) {
      const quotedCells = quote.split('|').map((c) => c.trim()).filter((c) => c !== '');
      for (const cell of quotedCells) expect(table!.cells, quote).toContain(cell);
      if (table!.aligned) expect(table!.cells.length).toBe(table!.headers.length);
    }
  });
});
