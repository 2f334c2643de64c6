import { describe, expect, test } from 'vitest';
import { LOCALES, t, UI, type UiKey } from '../../src/lib/i18n/ui';
import { fill } from '../../src/lib/i18n/fill';
import { decodeEntities, excerptParts } from '../../src/lib/search/excerpt';
import { searchTerms } from '../../src/lib/search/searchTerms';
import { titleMatchesFirst, toSearchResult, type PagefindHit } from '../../src/lib/search/searchResults';

describe('search excerpts become text and <mark> runs, never HTML', () => {
  test('a matched word is marked', () => {
    expect(excerptParts('提高<mark>护理型</mark><mark>床位</mark>占比')).toEqual([
      { text: '提高', marked: false },
      { text: '护理型床位', marked: true },
      { text: '占比', marked: false },
    ]);
  });

  test('hostile page text stays text: encoded tags decode to characters, never to elements', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>养老</mark> &amp;amp;')).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: '养老', marked: true },
      { text: ' &amp;', marked: false },
    ]);
  });

  test('only the literal <mark> tags are structure; any other markup is shown as written', () => {
    expect(excerptParts('<b>x</b><img src=x onerror=alert(1)><mark>y')).toEqual([
      { text: '<b>x</b><img src=x onerror=alert(1)>', marked: false },
      { text: 'y', marked: true },
    ]);
  });

  test.each([
    ['&quot;&#39;&#x27;&apos;', `"'''`],
    ['&#128512; &#x1F600;', '😀 😀'],
    ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
    ['', ''],
  ])('decodes %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

const hit = (title: string, extra: Partial<PagefindHit> = {}): PagefindHit => ({ url: `/x/${title}/`, excerpt: '', meta: { title, kind: '指标 · 常州市' }, ...extra });

describe('a Pagefind hit becomes a result', () => {
  test('with its title, kind, excerpt and only the sections that have their own anchor', () => {
    const r = toSearchResult({
      url: '/projects/',
      excerpt: '<mark>殡仪馆</mark>',
      meta: { title: ' 重大建设项目 ', kind: '建设项目' },
      sub_results: [
        { title: '重大建设项目', url: '/projects/', excerpt: 'page itself' },
        { title: '三门县殡仪馆', url: '/projects/#row-a', excerpt: '<mark>殡仪馆</mark>改扩建', anchor: { element: 'tr', id: 'row-a' } },
        { title: 'B', url: '/projects/#row-b', excerpt: '', anchor: { element: 'tr', id: 'row-b' } },
        { title: 'C', url: '/projects/#row-c', excerpt: '', anchor: { element: 'tr', id: 'row-c' } },
      ],
    }, 2);
    expect(r).toEqual({
      title: '重大建设项目',
      kind: '建设项目',
      url: '/projects/',
      excerpt: [{ text: '殡仪馆', marked: true }],
      sections: [
        { title: '三门县殡仪馆 · 重大建设项目', url: '/projects/#row-a', excerpt: [{ text: '殡仪馆', marked: true }, { text: '改扩建', marked: false }] },
        { title: 'B · 重大建设项目', url: '/projects/#row-b', excerpt: [] },
      ],
    });
  });

  test('a section is titled with its page, so "Data notes" says whose', () => {
    const r = toSearchResult({
      url: '/en/regions/331022/',
      excerpt: '',
      meta: { title: 'Sanmen County', kind: 'Region' },
      sub_results: [{ title: 'Data notes', url: '/en/regions/331022/#notes', excerpt: '', anchor: { element: 'h2', id: 'notes' } }],
    });
    expect(r.sections.map((s) => s.title)).toEqual(['Data notes · Sanmen County']);
  });

  test('a page without title metadata is listed by its URL', () => {
    expect(toSearchResult({ url: '/a/', excerpt: '', meta: {} }).title).toBe('/a/');
  });
});

describe('titles that contain the whole query come first', () => {
  const titles = (rs: { title: string }[]) => rs.map((r) => r.title);

  test('the closest title first, then Pagefind order', () => {
    const ranked = [hit('全市新增护理型养老床位数'), hit('地区比较'), hit('其中:护理型床位占机构床位比率(%)'), hit('护理型床位占比')].map((h) => toSearchResult(h));
    expect(titles(titleMatchesFirst(ranked, '护理型床位'))).toEqual(['护理型床位占比', '其中:护理型床位占机构床位比率(%)', '全市新增护理型养老床位数', '地区比较']);
  });

  test('a region outranks a long title that mentions it; ties keep Pagefind order', () => {
    const ranked = ['参加“记录金婚幸福北仑”拍摄的金婚夫妇数', '北仑区', '养老床位数', '养老机构数'].map((x) => ({ title: x }));
    expect(titles(titleMatchesFirst(ranked, ' 北仑 '))).toEqual(['北仑区', '参加“记录金婚幸福北仑”拍摄的金婚夫妇数', '养老床位数', '养老机构数']);
    expect(titles(titleMatchesFirst(ranked, '养老'))).toEqual(['养老床位数', '养老机构数', '参加“记录金婚幸福北仑”拍摄的金婚夫妇数', '北仑区']);
  });

  test('English matches whatever the case or spacing', () => {
    expect(titles(titleMatchesFirst([{ title: 'Share of nursing-care beds' }, { title: 'Changzhou' }], 'changzhou'))).toEqual(['Changzhou', 'Share of nursing-care beds']);
  });
});

describe('titles are indexed as the words a query splits into', () => {
  test.each([
    ['三门县', '三门 县'],
    ['常州市', '常州 市'],
    ['护理型床位占比', '护理 型 床位 占 比'],
    ['Share of Nursing-care beds (%)', 'share of nursing care beds'],
  ])('%s → %s', (title, terms) => {
    expect(searchTerms(title, 'zh-CN')).toBe(terms);
  });
});

describe('interface strings', () => {
  const keys = Object.keys(UI.zh) as UiKey[];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test.each(LOCALES.flatMap((locale) => keys.map((key) => [locale, key] as const)))('%s %s is written and has the same placeholders as Chinese', (locale, key) => {
    expect(UI[locale][key].trim()).not.toBe('');
    expect(placeholders(UI[locale][key])).toEqual(placeholders(UI.zh[key]));
  });

  test('t() fills placeholders and leaves unknown ones as written', () => {
    expect(t('zh', 'search.results', { count: 3 })).toBe('3 条结果');
    expect(t('en', 'search.none', { query: '<b>' })).toBe('No page matches “<b>”.');
    expect(fill('{a} {b} {constructor}', { a: 1 })).toBe('1 {b} {constructor}');
  });
});
