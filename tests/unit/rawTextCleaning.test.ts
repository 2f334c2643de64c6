import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REASONS, cleanRawText } from '../../src/lib/cleaning/cleanRawText';
import { isSentence } from '../../src/lib/cleaning/contentLine';
import { decodeRawText } from '../../src/lib/cleaning/decodeRawText';
import { normaliseLineWhitespace } from '../../src/lib/cleaning/lineFormat';
import { loadCorrections } from '../../src/lib/cleaning/loadCorrections';
import { pageChromeReason } from '../../src/lib/cleaning/pageChrome';
import { removePinyinAnnotations } from '../../src/lib/cleaning/pinyin';
import { quoteSurvival } from '../../src/lib/cleaning/quoteSurvival';
import { TRADITIONAL_SHARE_THRESHOLD, isTraditional, toSimplified, traditionalShare } from '../../src/lib/cleaning/traditional';
import { loadDataset } from '../../src/lib/validation/loadDataset';

const root = resolve(import.meta.dirname, '..', '..');
const seeds = process.env['SEEDS_DIR'] ?? resolve(root, '..', 'shared', 'seeds');
const corpusDir = join(root, 'tests', 'fixtures', 'corpus');
const sharedCorpus = process.env['CORPUS_DIR'] ?? resolve(root, '..', 'shared', 'corpus');
const rawDir = join(root, 'tests', 'fixtures', 'raw');
const fixture = (name: string) => readFileSync(join(rawDir, name));

const { documents, indicators, indicator_values, projects } = loadDataset(join(root, 'data'));
const corrections = loadCorrections(join(root, 'data', 'source_corrections.csv'));
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const PAGE_TITLE = '示例县民政事业发展“十四五”规划(2021—2025年)';
const PROMOTION = 'link/promotion inserted in a sentence';

const hanCount = (s: string): number => s.match(/\p{Script=Han}/gu)?.length ?? 0;
/** The raw text as the cleaner sees it before it removes anything: pinyin annotations out, Simplified. */
const asCleanerSees = (raw: string): string => {
  const plain = removePinyinAnnotations(raw);
  return isTraditional(plain) ? toSimplified(plain) : plain;
};

describe('decoding a raw text file', () => {
  const utf8 = fixture('gov-page.txt').toString('utf8');

  test('UTF-8 is read as it is', () => {
    expect(decodeRawText(fixture('gov-page.txt'))).toEqual({ text: utf8, encoding: 'utf-8' });
  });

  test('UTF-8 with a byte-order mark gives the same text, without the mark', () => {
    expect(decodeRawText(fixture('gov-page.bom.txt'))).toEqual({ text: utf8, encoding: 'utf-8' });
  });

  test('GBK (as older government sites serve pages) gives the same text as the UTF-8 version', () => {
    const gbk = fixture('gov-page.gbk.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeRawText(gbk)).toEqual({ text: utf8, encoding: 'gb18030' });
  });

  test('UTF-16 with a byte-order mark, either byte order, gives the same text', () => {
    const le = Buffer.from(`\ufeff${utf8}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeRawText(le)).toEqual({ text: utf8, encoding: 'utf-16le' });
    expect(decodeRawText(be)).toEqual({ text: utf8, encoding: 'utf-16be' });
  });

  test('a binary file is refused, naming the file, where and why', () => {
    expect(() => decodeRawText(fixture('not-text.bin'), 'not-text.bin')).toThrow(/^not-text\.bin:3:1: is not text: a NUL byte/);
  });

  test('UTF-16 without a byte-order mark is refused, not read as garble', () => {
    expect(() => decodeRawText(Buffer.from(utf8, 'utf16le'), 'page.txt')).toThrow(/^page\.txt:\d+:\d+: is not text: .*UTF-16 saved without a byte-order mark/);
  });

  test('bytes invalid in both UTF-8 and GB18030 are refused with the line and column', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二', 'utf8'), Buffer.from([0xff, 0xff]), Buffer.from('行\n', 'utf8')]);
    expect(() => decodeRawText(bytes, 'mixed.txt')).toThrow(/^mixed\.txt:2:3: is neither UTF-8 nor GBK\/GB18030 text/);
  });

  test('an empty file is refused', () => {
    expect(() => decodeRawText(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt:1:1: is empty/);
  });
});

describe('deciding whether a text is Traditional', () => {
  const texts = [
    ...documents.map((d) => ({ name: d.seed_file, text: readFileSync(join(seeds, d.seed_file), 'utf8'), traditional: d.original_script === 'traditional' })),
    ...corpus.map((f) => ({ name: f, text: readFileSync(join(corpusDir, f), 'utf8'), traditional: f.includes('traditional') })),
  ];

  test('both kinds are among the texts', () => {
    expect(texts.some((t) => t.traditional)).toBe(true);
    expect(texts.some((t) => !t.traditional)).toBe(true);
  });

  test.each(texts)('$name: Traditional is $traditional', ({ text, traditional }) => {
    expect(isTraditional(text)).toBe(traditional);
    const share = traditionalShare(text);
    // Far from the threshold either way, so one odd character cannot flip the decision.
    if (traditional) expect(share).toBeGreaterThan(2 * TRADITIONAL_SHARE_THRESHOLD);
    else expect(share).toBeLessThan(TRADITIONAL_SHARE_THRESHOLD / 10);
  });

  test('the report says whether the text was converted, and its share', () => {
    const { text, report } = cleanRawText('國家發展改革委印發規劃。\n');
    expect(text).toBe('国家发展改革委印发规划。\n');
    expect(report.converted_to_simplified).toBe(true);
    expect(report.traditional_share).toBeGreaterThan(TRADITIONAL_SHARE_THRESHOLD);
  });
});

describe('a government page with chrome above and below', () => {
  const raw = fixture('gov-page.txt').toString('utf8');
  const expected = fixture('gov-page.expected.txt').toString('utf8');
  const { text, report } = cleanRawText(raw, { title: PAGE_TITLE });

  test('becomes the document alone, one paragraph per line', () => {
    expect(text).toBe(expected);
  });

  test('no chrome line survives, and every chrome line is reported as chrome', () => {
    expect(text.split('\n').filter((l) => pageChromeReason(l) !== null)).toEqual([]);
    const chromeLines = raw.split('\n').map((l, i) => ({ line: i + 1, text: normaliseLineWhitespace(l) })).filter((l) => pageChromeReason(l.text) !== null);
    expect(chromeLines.length).toBeGreaterThan(0);
    for (const l of chromeLines) expect(report.removed).toContainEqual({ line: l.line, text: l.text, reason: pageChromeReason(l.text) });
  });

  test('the site name and menu above the title go as text before the title; the 信息名称 metadata line is not the title', () => {
    const before = report.removed.filter((r) => r.reason === REASONS.beforeTitle).map((r) => r.line);
    expect(before.length).toBeGreaterThan(0);
    const metadata = report.removed.find((r) => r.text.startsWith('信息名称'));
    expect(metadata?.reason).toBe('page chrome: publication metadata');
    expect(text.split('\n')[0]).toBe('示例县民政事业发展“十四五”规划');
  });

  test('paragraphs that mention 来源 and 发布 stay', () => {
    expect(text).toMatch(/资金来源以县财政投入为主/);
    expect(text).toMatch(/^\(二\)信息来源与发布$/m);
  });

  test('CRLF line endings give the same text', () => {
    expect(cleanRawText(raw.replace(/\n/g, '\r\n'), { title: PAGE_TITLE }).text).toBe(expected);
  });

  test('the GBK copy, once decoded, cleans to the same text', () => {
    expect(cleanRawText(decodeRawText(fixture('gov-page.gbk.txt')).text, { title: PAGE_TITLE }).text).toBe(expected);
  });

  test('lines in and out are counted', () => {
    expect(report.lines_out).toBe(expected.trimEnd().split('\n').length);
    expect(report.lines_in).toBe(raw.split('\n').filter((l) => l.trim() !== '').length);
  });
});

describe('promotions inserted in sentences', () => {
  test('URL-bearing spans and their promotional clauses go; official addresses and plain mentions stay', () => {
    const { text, report } = cleanRawText(fixture('promotion.txt').toString('utf8'));
    expect(text).toBe(fixture('promotion.expected.txt').toString('utf8'));
    expect(report.removed.map((r) => r.reason)).toEqual(report.removed.map(() => PROMOTION));
    expect(report.removed.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  test("the site's name is found whatever the subdomain", () => {
    expect(cleanRawText('发放救助金1示例素材网:http://m.shilisucai.com.cn/path?id=3。200万元。\n').text).toBe('发放救助金1200万元。\n');
  });

  // The stored page, with its insertion (the fixture copy in tests/fixtures/corpus had it removed by hand).
  test('the corpus template: the sentence split by a writing-material site joins again', () => {
    const raw = readFileSync(join(sharedCorpus, 'x-district-2022-summary-template.txt'), 'utf8');
    const { text, report } = cleanRawText(raw);
    expect(text).toContain('实施临时救助X人次');
    // The hand-made copy also dropped a stray pictograph (a chess piece) the cleaner has no rule for.
    expect(text.replace(/\p{So}/gu, '')).toBe(readFileSync(join(corpusDir, 'x-district-2022-summary-template.txt'), 'utf8'));
    expect(text).not.toMatch(/https?:|www\./);
    const spans = report.removed.filter((r) => r.reason === PROMOTION);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.text).toContain('https://');
  });
});

describe('HTML in a raw text', () => {
  test('tags and entities go, block tags end lines, scripts go whole, and each is reported', () => {
    const raw = '<script>\nvar a = "一、";\n</script>\n<p>一、总体要求</p><p>到2025年,建成&ldquo;一站式&rdquo;服务中心&nbsp;12家。</p>\n<div\n class="x">二、保障措施</div>\n';
    const { text, report } = cleanRawText(raw);
    expect(text).toBe('一、总体要求\n到2025年,建成“一站式”服务中心 12家。\n二、保障措施\n');
    expect(report.removed.every((r) => r.reason.startsWith('HTML markup'))).toBe(true);
    expect(report.removed.map((r) => r.line)).toEqual([1, 4, 5, 6]);
  });
});

describe('the title and what stands before it', () => {
  test('a title that appears only after the document has begun cuts nothing', () => {
    const raw = '2月27日,全市民政工作会议召开,部署全年工作。\n全市民政工作会议\n会议要求加强兜底保障。\n';
    expect(cleanRawText(raw, { title: '全市民政工作会议' }).text).toBe(raw);
  });

  test('a title found nowhere cuts nothing', () => {
    const raw = '一、总体要求\n到2025年,建成服务中心12家。\n';
    expect(cleanRawText(raw, { title: '某市民政事业发展规划' }).text).toBe(raw);
  });

  test('the title repeated, whole or over two lines, before the document begins goes', () => {
    const raw = '示例县民政局2022年工作总结\n示例县民政局\n2022年工作总结\n一、主要成效\n全年发放救助金300万元。\n';
    const { text, report } = cleanRawText(raw, { title: '示例县民政局2022年工作总结' });
    expect(text).toBe('示例县民政局2022年工作总结\n一、主要成效\n全年发放救助金300万元。\n');
    expect(report.removed.map((r) => r.reason)).toEqual([REASONS.repeatedTitle, REASONS.repeatedTitle]);
  });
});

describe('chrome is recognised as whole lines only', () => {
  test.each([
    '来源:市民政局',
    '发布时间:2023-05-01 10:20 来源:区民政局 浏览次数:12',
    '索 引 号:000000000/2023-00001',
    '主题分类 | 民政 | 体裁分类 | 规划 |',
    '当前位置:首页 > 政务公开',
    '首页 > 新闻',
    '【字体:大 中 小】【打印】【关闭】',
    '分享到:',
    '上一篇:关于开展养老机构检查的通知',
    '留言与评论(共有 条评论)',
    '本文地址:/a/b.html',
    '版权所有 © 示例县人民政府',
    '写作神器! 立即了解',
  ])('%s is chrome', (line) => {
    expect(pageChromeReason(line)).toMatch(/^page chrome: /);
  });

  test.each([
    '资金来源:县财政专项资金和福利彩票公益金。',
    '二、发布实施养老服务补贴办法',
    '(三)来源',
    '大',
    '2021',
    '养老床位 | 张 | 4500 | 5200 |',
    '关于我们区养老服务工作的调研报告',
  ])('%s is not chrome', (line) => {
    expect(pageChromeReason(line)).toBeNull();
  });
});

const docOf = new Map(indicators.map((i) => [i.indicator_id, i.doc_id]));

describe.each(documents)('the raw seed of $doc_id, cleaned by the general cleaner', (doc) => {
  const path = join(seeds, doc.seed_file);
  const raw = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const { text, report } = cleanRawText(raw, { title: doc.title_zh });
  const hand = readFileSync(join(root, 'data', 'sources', `${doc.doc_id}.txt`), 'utf8');
  const corrected = corrections
    .filter((c) => c.doc_id === doc.doc_id)
    .map((c) => normaliseLineWhitespace(doc.original_script === 'traditional' ? toSimplified(c.correction) : c.correction));

  test('the seed is there', () => {
    expect(existsSync(path), `seed ${doc.seed_file} in ${seeds}`).toBe(true);
  });

  test('keeps every curated quote that stands on one line of running text of the hand-cleaned source', () => {
    const quotes = [
      ...indicator_values.filter((v) => docOf.get(v.indicator_id) === doc.doc_id).map((v) => v.source_quote),
      ...projects.filter((p) => p.doc_id === doc.doc_id).map((p) => p.source_quote),
    ];
    const s = quoteSurvival(text, hand, quotes, corrected);
    expect(s.checkable).toBeGreaterThan(0);
    expect(s.lost).toEqual([]);
  });

  test('keeps every line of running text of the hand-cleaned source that no correction touched', () => {
    const out = new Set(text.split('\n'));
    const lines = hand.split('\n').filter((l) => l !== '' && !l.includes(' | ') && !corrected.some((c) => l.includes(c)));
    expect(lines.filter((l) => !out.has(l))).toEqual([]);
  });

  test('drops no line of the hand-cleaned source as chrome, preamble or boilerplate', () => {
    const handLines = new Set(hand.split('\n'));
    expect(report.removed.filter((r) => r.reason !== PROMOTION && handLines.has(r.text))).toEqual([]);
  });

  test('accounts for every Han character: each is in the text or in the report', () => {
    expect(hanCount(text) + report.removed.reduce((n, r) => n + hanCount(r.text), 0)).toBe(hanCount(asCleanerSees(raw)));
  });
});

describe('the mirror seed with spam', () => {
  // Seed 004, from a mirror site, opens with a line of spam.
  const doc = documents.find((d) => d.seed_file.startsWith('004_'));

  test('keeps nothing of the spam line at the top, with or without the title', () => {
    expect(doc).toBeDefined();
    const raw = readFileSync(join(seeds, doc!.seed_file), 'utf8');
    const first = asCleanerSees(raw.split('\n')[0]!).trim();
    // Every phrase of the line and every three characters of it, compared at run time; the words stay out of the repository.
    const phrases = first.split(/[,,\s]+/).filter((p) => [...p].length >= 2);
    const trigrams = [...first].flatMap((_c, i, cs) => (i + 3 <= cs.length ? [cs.slice(i, i + 3).join('')] : [])).filter((t) => hanCount(t) === 3);
    expect(phrases.length).toBeGreaterThan(0);
    for (const title of [doc!.title_zh, undefined]) {
      const lines = cleanRawText(raw, title ? { title } : {}).text.split('\n');
      const leaked = [...phrases, ...trigrams].filter((p) => lines.some((l) => l.includes(p)));
      expect(leaked.length, 'spam sequences found in the cleaned text').toBe(0);
    }
  });
});

describe.each(corpus)('the corpus text %s', (file) => {
  const raw = readFileSync(join(corpusDir, file), 'utf8');
  const { text, report } = cleanRawText(raw);

  test('keeps every sentence and numbered heading, except boilerplate, footers and ads', () => {
    const sentenceShaped = [PROMOTION, REASONS.boilerplate, 'page chrome: site footer', 'page chrome: advertisement'];
    expect(report.removed.filter((r) => isSentence(r.text) && !sentenceShaped.includes(r.reason))).toEqual([]);
  });

  test('keeps no chrome line', () => {
    expect(text.split('\n').filter((l) => pageChromeReason(l) !== null)).toEqual([]);
  });

  test('accounts for every Han character: each is in the text or in the report', () => {
    expect(hanCount(text) + report.removed.reduce((n, r) => n + hanCount(r.text), 0)).toBe(hanCount(asCleanerSees(raw)));
  });

  test('is in the format of the cleaned sources', () => {
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines.every((l) => l !== '' && l === normaliseLineWhitespace(l))).toBe(true);
  });
});

describe('republishing boilerplate', () => {
  const body = '一、加强社会救助,全年发放救助金300万元。\n'.repeat(5);

  test('at the end, it and everything after it go', () => {
    const { text, report } = cleanRawText(`${body}免责声明:本站文章来源于网络。\n网站地图\n`);
    expect(text).toBe(body);
    expect(report.removed.map((r) => r.reason)).toEqual([REASONS.boilerplate, REASONS.boilerplate]);
  });

  test('early in a text, it is not a cut', () => {
    const raw = `转载请注明出处的做法在本规划中不适用。\n${body}`;
    expect(cleanRawText(raw).text).toBe(raw);
  });

  test('words of the genre inside a paragraph near the end cut nothing', () => {
    const raw = `${body}依法打击侵权行为,群众反映如有侵权可向区民政局举报。\n`;
    expect(cleanRawText(raw).text).toBe(raw);
  });
});
