import { describe, expect, test } from 'vitest';
import { pinyinWord, placeNameEn } from '../../src/lib/regions/placeNameEn';

describe('English names for places the data does not name in English', () => {
  test('romanise the proper name in pinyin and translate the generic part', () => {
    expect(placeNameEn('兴化市')).toBe('Xinghua City');
    expect(placeNameEn('海陵区')).toBe('Hailing District');
    expect(placeNameEn('长兴县')).toBe('Changxing County');
    expect(placeNameEn('浙江省')).toBe('Zhejiang Province');
  });

  test('mark where a syllable starting with a vowel would run into the one before', () => {
    expect(pinyinWord('西安')).toBe("Xi'an");
    expect(placeNameEn('大兴安岭地区')).toBe("Daxing'anling Prefecture");
  });

  test('take the longest generic, and keep the people of an autonomous county as a word of its own', () => {
    expect(placeNameEn('神农架林区')).toBe('Shennongjia Forestry District');
    // A longer generic never leaves a one-character name: these are districts named 碑林 and 清新.
    expect(placeNameEn('碑林区')).toBe('Beilin District');
    expect(placeNameEn('清新区')).toBe('Qingxin District');
    expect(placeNameEn('浦东新区')).toBe('Pudong New Area');
    // A city district's generic is 区 whatever precedes it.
    // (柏 has two readings; the generic, not the pinyin, is what this checks.)
    expect(placeNameEn('万柏林区', { district: true })).toMatch(/^Wanb[a-z]+lin District$/);
    expect(placeNameEn('景宁畲族自治县')).toBe('Jingning She Autonomous County');
    expect(placeNameEn('鄂伦春自治旗')).toBe('Elunchun Autonomous Banner');
  });

  test('write ü as ü, and never strip a name down to nothing', () => {
    expect(placeNameEn('吕梁市')).toBe('Lüliang City');
    expect(placeNameEn('市')).toBe('Shi');
    expect(placeNameEn('沛县')).toBe('Pei County');
  });
});
