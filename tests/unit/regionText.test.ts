import { describe, expect, test } from 'vitest';
import { classifyAgainstTarget } from '../../src/lib/derive/status';
import { countText, formatCount } from '../../src/lib/format/countText';
import { hanRuns } from '../../src/lib/format/hanRuns';
import { rowSummary, shiftDecimal } from '../../src/lib/views/rowSummary';
import { CASES, indicator, value } from './charts/chartFixtures';

describe('a dashboard row summary', () => {
  test('in Chinese stays as it was: fullwidth brackets, numbers as written, 万元 kept', () => {
    expect(rowSummary(CASES.progress.indicator, CASES.progress.values, 'zh')).toBe('53% → ≥58%(2025)');
    expect(rowSummary(CASES.progress.indicator, CASES.progress.values)).toBe('53% → ≥58%(2025)');
    expect(rowSummary(CASES.review.indicator, CASES.review.values, 'zh')).toBe('360 → 560 元/人·月(2020) · 实际 660 元/人·月(2020)');
    expect(rowSummary(CASES.commitment.indicator, CASES.commitment.values, 'zh')).toBe('目标 3000 人(2025)');
    expect(rowSummary(CASES.statistic.indicator, CASES.statistic.values, 'zh')).toBe('实际 1133.9 万元(2018)');
  });

  test('in English: a space before the year, English units, thousands separators', () => {
    expect(rowSummary(indicator(), [value(2020, 'baseline', 53), value(2025, 'target', 58)], 'en')).toBe('53 → 58% (2025)');
    expect(rowSummary(CASES.progress.indicator, CASES.progress.values, 'en')).toBe('53 → ≥58% (2025)');
    expect(rowSummary(CASES.review.indicator, CASES.review.values, 'en')).toBe('360 → 560 yuan per person per month (2020) · achieved 660 yuan per person per month (2020)');
    expect(rowSummary(CASES.commitment.indicator, CASES.commitment.values, 'en')).toBe('target 3,000 people (2025)');
    expect(rowSummary(indicator({ unit: 'persons' }), [value(2025, 'target', 80000, 'about')], 'en')).toBe('target ≈80,000 people (2025)');
    expect(rowSummary(indicator({ unit: 'per_mille' }), [value(2020, 'actual', 0.46)], 'en')).toBe('achieved 0.46‰ (2020)');
  });

  test('in English says 万元 and 亿元 in yuan, and in millions once a row reaches a million, without rounding', () => {
    expect(rowSummary(CASES.statistic.indicator, CASES.statistic.values, 'en')).toBe('achieved 11.339 million yuan (2018)');
    const money = indicator({ unit: 'wan_yuan' });
    expect(rowSummary(money, [value(2020, 'baseline', 38.35), value(2025, 'target', 3000)], 'en')).toBe('0.3835 → 30 million yuan (2025)');
    expect(rowSummary(money, [value(2025, 'target', 38.35)], 'en')).toBe('target 383,500 yuan (2025)');
    expect(rowSummary(indicator({ unit: 'yi_yuan' }), [value(2025, 'target', 2.4)], 'en')).toBe('target 240 million yuan (2025)');
    expect(rowSummary(indicator({ unit: 'yi_yuan' }), [value(2025, 'target', 12.05)], 'en')).toBe('target 1.205 billion yuan (2025)');
    expect(rowSummary(indicator({ unit: 'persons' }), [value(2020, 'baseline', 1234567), value(2025, 'target', 1500000, 'ge')], 'en')).toBe('1.234567 → ≥1.5 million people (2025)');
  });

  test('shifts decimals exactly', () => {
    expect(shiftDecimal(1133.9, 4)).toBe('11339000');
    expect(shiftDecimal(1133.9, -2)).toBe('11.339');
    expect(shiftDecimal(1.1, 4)).toBe('11000');
    expect(shiftDecimal(5, -3)).toBe('0.005');
    expect(shiftDecimal(-2.5, 1)).toBe('-25');
    expect(shiftDecimal(0, 6)).toBe('0');
  });
});

describe('Chinese runs inside English text', () => {
  test('split out the Chinese words with their digits and punctuation, and give the text back whole', () => {
    const text = '"2021年,实现乡镇(街道)社会工作站全覆盖" is a 2021 target; the 龙□ cemetery.';
    const runs = hanRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual(['2021年,实现乡镇(街道)社会工作站全覆盖', '龙□']);
    expect(hanRuns('Persons holding the social worker (社会工作师) qualification').filter((r) => r.zh).map((r) => r.text)).toEqual(['社会工作师']);
    expect(hanRuns('No Chinese here')).toEqual([{ text: 'No Chinese here', zh: false }]);
  });
});

describe('counts', () => {
  test('use the singular for one and group thousands in English', () => {
    expect(countText('en', 'home.card.projects', 1)).toBe('1 project');
    expect(countText('en', 'home.card.values', 1234)).toBe('1,234 values');
    expect(countText('zh', 'home.card.values', 1234)).toBe('1234 个数值');
    expect(formatCount(23, 'en')).toBe('23');
  });
});

describe('a target without a verdict', () => {
  test('says why as a code the pages can translate', () => {
    expect(classifyAgainstTarget(value(2020, 'target', 60), value(2020, 'actual', 100)).why).toBe('no_direction');
    expect(classifyAgainstTarget(value(2020, 'target', 60, 'about'), value(2020, 'actual', 61), value(2015, 'baseline', 40)).why).toBe('approximate');
  });
});
