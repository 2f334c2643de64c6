import { describe, expect, test } from 'vitest';
import { formatValue, formatYuan } from '../../src/lib/format/values';

describe('showing values', () => {
  test('never rounds a value: every digit the source wrote is shown', () => {
    expect(formatValue({ value: 0.000001, qualifier: 'eq' }, 'percent')).toBe('0.000001%');
    expect(formatValue({ value: 99.89, qualifier: 'eq' }, 'percent')).toBe('99.89%');
    expect(formatValue({ value: 1000000000000000, qualifier: 'about' }, 'beds')).toBe('约1000000000000000 张');
  });

  test('shows the qualifier and the unit', () => {
    expect(formatValue({ value: 80, qualifier: 'ge' }, 'percent')).toBe('≥80%');
    expect(formatValue({ value: 13000, qualifier: 'eq' }, 'yuan_per_person_year')).toBe('13000 元/人·年');
  });

  test('money reads in 万元 and 亿元 without losing digits', () => {
    expect(formatYuan(50_530_000)).toBe('5053万元');
    expect(formatYuan(277_000_000)).toBe('2.77亿元');
    expect(formatYuan(1_234_567)).toBe('123.4567万元');
    expect(formatYuan(9_999)).toBe('9999元');
  });
});
