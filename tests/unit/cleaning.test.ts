import { describe, expect, test } from 'vitest';
import { cleanSource, type CleaningRule } from '../../src/lib/cleaning/cleanSource';
import { applyCorrections } from '../../src/lib/cleaning/corrections';
import { stripHtmlTags } from '../../src/lib/cleaning/html';
import { removePinyinAnnotations } from '../../src/lib/cleaning/pinyin';
import { joinCellPerLineTable } from '../../src/lib/cleaning/tables';
import { writeParticleZhe } from '../../src/lib/cleaning/zhe';
import * as OpenCC from 'opencc-js';

const rule = (extra: Partial<CleaningRule> = {}): CleaningRule => ({ doc_id: 'demo', seed_file: 'demo.txt', to_simplified: false, ...extra });

describe('cleaning a seed', () => {
  test('pinyin annotations after Han characters are removed', () => {
    expect(removePinyinAnnotations('民政事業發(fā)展規(guī)劃')).toBe('民政事業發展規劃');
  });

  test('Latin text in brackets that is not an annotation is kept', () => {
    expect(removePinyinAnnotations('CCRC老年公寓(CCRC)和网格(1+6+X+N)')).toBe('CCRC老年公寓(CCRC)和网格(1+6+X+N)');
    expect(removePinyinAnnotations('失能(失智)老人')).toBe('失能(失智)老人');
  });

  test('HTML tags are removed and their text kept', () => {
    expect(stripHtmlTags('<var id="a"><td id="b"></td></var>正文<b>加粗</b>')).toBe('正文加粗');
  });

  test('a correction replaces its garbled span', () => {
    const out = applyCorrections('按照?;x、兜底线', [{ doc_id: 'demo', garbled: '?;x', correction: '保基本', method: 'bytes', reason: 'test' }]);
    expect(out.text).toBe('按照保基本、兜底线');
    expect(out.applied).toHaveLength(1);
  });

  test('a correction whose span is missing fails instead of passing silently', () => {
    expect(() => applyCorrections('正文', [{ doc_id: 'demo', garbled: '?;x', correction: '保', method: 'bytes', reason: 'test' }])).toThrow(/not found in the seed/);
  });

  test('a correction whose span repeats fails: it would be ambiguous', () => {
    expect(() => applyCorrections('?;x和?;x', [{ doc_id: 'demo', garbled: '?;x', correction: '保', method: 'bytes', reason: 'test' }])).toThrow(/more than once/);
  });

  test('Traditional characters become Simplified', () => {
    const { text } = cleanSource('民政事業發(fā)展規(guī)劃\n', rule({ to_simplified: true }), []);
    expect(text).toBe('民政事业发展规划\n');
  });

  test('page chrome before the start line and boilerplate after the end line are dropped', () => {
    const raw = '您当前的位置:首页\n\n  规划正文第一段。\n第二段。\n本文仅代表作者观点\n网站地图\n';
    const { text } = cleanSource(raw, rule({ start_line: '^规划正文', end_before_line: '^本文仅代表' }), []);
    expect(text).toBe('规划正文第一段。\n第二段。\n');
  });

  test('a missing start line is an error, not an empty text', () => {
    expect(() => cleanSource('正文\n', rule({ start_line: '^不存在' }), [])).toThrow(/start_line/);
  });

  test('trailing empty cells of pipe tables are trimmed', () => {
    const { text } = cleanSource('类别 | 指标 | 2015年 | ||\n', rule(), []);
    expect(text).toBe('类别 | 指标 | 2015年 |\n');
  });

  test('cleaning is deterministic', () => {
    const raw = '<p>發(fā)展</p>\n\n  目标 ';
    const r = rule({ to_simplified: true });
    expect(cleanSource(raw, r, []).text).toBe(cleanSource(raw, r, []).text);
  });
});

describe('著 and 着 in Traditional texts', () => {
  const toSimplified = (s: string) => cleanSource(`${s}\n`, rule({ to_simplified: true }), []).text.trimEnd();
  // Simplified sentences from other documents (the development corpus and the Simplified seeds),
  // put into Taiwan-style Traditional the way mirror sites do, where 着 and 著 are both 著.
  const sentences = [
    '强化生活无着人员救助',
    '取得显著成绩',
    '失智失能专业指导着手进行中',
    '民政工作关系民生、连着民心',
    '深入实施“乡村著名行动”',
    '着力补短板、强弱项',
    '推动民政行政水平显著提升',
  ];
  const toMirror = OpenCC.Converter({ from: 'cn', to: 'tw' });

  test.each(sentences)('%s survives the round trip through Traditional', (sentence) => {
    expect(toMirror(sentence)).toContain('著');
    expect(toSimplified(toMirror(sentence))).toBe(sentence);
  });

  test('the particle and the verb become 着', () => {
    expect(toSimplified('隨著 著力 著眼 意味著 圍繞著 本著 著重 接著 沿著 看著 蘊含著 生活無著')).toBe('随着 着力 着眼 意味着 围绕着 本着 着重 接着 沿着 看着 蕴含着 生活无着');
  });

  test('words in which 著 means to write or marked keep 著', () => {
    const words = '著名 著作 顯著 卓著 著稱 編著 原著 土著 著錄 巨著 名著 論著 專著 拙著 昭著';
    expect(toSimplified(words)).toBe('著名 著作 显著 卓著 著称 编著 原著 土著 著录 巨著 名著 论著 专著 拙著 昭著');
  });

  test('only 著 changes, and text without it is left alone', () => {
    expect(writeParticleZhe('發展規劃著力')).toBe('發展規劃着力');
    expect(writeParticleZhe('沒有這個字')).toBe('沒有這個字');
  });

  test('Simplified documents are not touched', () => {
    expect(cleanSource('显著提高,随著\n', rule(), []).text).toBe('显著提高,随著\n');
  });
});

describe('tables laid out one cell per line', () => {
  const lines = ['主要发展指标', '序号', '指标', '单位', '初值', '目标', '属性', '养老服务', '1', '护理型床位占比', '%', '63', '80', '约束性', '2', '社工人才数', '11.2', '14', '预期性', '第二章 正文'];

  test('cells are rejoined one row per line, with group headings kept', () => {
    const out = joinCellPerLineTable(lines, { title: '^主要发展指标$', header_lines: 6, row_end: '^(约束性|预期性)$', until: '^第二章' });
    expect(out).toEqual([
      '主要发展指标',
      '序号 | 指标 | 单位 | 初值 | 目标 | 属性',
      '养老服务',
      '1 | 护理型床位占比 | % | 63 | 80 | 约束性',
      '2 | 社工人才数 | 11.2 | 14 | 预期性',
      '第二章 正文',
    ]);
  });

  test('a cell holding the next serial number does not start a row before the row is complete', () => {
    const tricky = ['表', 'h', '1', '名称', '2', '约束性', '2', '名称二', '约束性'];
    expect(joinCellPerLineTable(tricky, { title: '^表$', header_lines: 1, row_end: '^约束性$' })).toEqual(['表', 'h', '1 | 名称 | 2 | 约束性', '2 | 名称二 | 约束性']);
  });
});
