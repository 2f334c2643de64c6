import { describe, expect, test } from 'vitest';
import { numbersInText, parseChineseNumeral, textStatesValue } from '../../src/lib/data/writtenNumbers';

describe('numbers as the documents write them', () => {
  test.each([
    ['1.5万人', 15000],
    ['3万1千平方米', 31000],
    ['2亿(其中一期约1亿)', 200000000],
    ['1133.9万元', 11339000],
    ['不低于80%', 80],
    ['1.7‰', 1.7],
    ['60/50', 50],
    ['培训十五人', 15],
    ['两万', 20000],
    ['三千五百', 3500],
  ])('"%s" states %d', (text, value) => {
    expect(textStatesValue(text, value)).toBe(true);
  });

  test('a minus sign makes a number negative, a range dash does not', () => {
    expect(textStatesValue('增长-5%', -5)).toBe(true);
    expect(textStatesValue('2021-2025年', -2025)).toBe(false);
  });

  test('a number not in the text is not found', () => {
    expect(textStatesValue('护理型床位占比达到60%', 6)).toBe(false);
    expect(textStatesValue('1.5万人', 1500)).toBe(false);
  });

  test('a 万元 table cell states the amount in yuan only with the scale', () => {
    expect(textStatesValue('3400', 34_000_000)).toBe(false);
    expect(textStatesValue('3400', 34_000_000, [1, 1e4])).toBe(true);
  });

  test('Chinese numerals parse like a reader reads them', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('三三')).toBeNull();
  });

  test('both the written figure and its scaled value are offered', () => {
    expect(numbersInText('1.5万')).toEqual(expect.arrayContaining([1.5, 15000]));
  });
});
