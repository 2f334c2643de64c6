import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import type { Region } from '../../src/lib/data/schema';
import { CHIP_LIMIT, regionPicker } from '../../src/lib/findings/regionPicker';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);

/** As many regions as asked for, made from the data's own rows under new codes (a province each per source row). */
function regions(n: number): Region[] {
  return Array.from({ length: n }, (_, i) => {
    const base = dataset.regions[i % dataset.regions.length]!;
    return { ...base, region_code: String(Number(base.region_code) + 100 * Math.floor(i / dataset.regions.length)) };
  });
}

describe('the home page region picker', () => {
  test(`offers a button per region up to ${CHIP_LIMIT} regions, in code order`, () => {
    const picker = regionPicker([...dataset.regions].reverse(), 'zh');
    expect(picker.kind).toBe(dataset.regions.length <= CHIP_LIMIT ? 'chips' : 'select');
    const few = regionPicker(regions(CHIP_LIMIT).reverse(), 'zh');
    expect(few.kind).toBe('chips');
    if (few.kind === 'chips') expect(few.regions.map((r) => r.region_code)).toEqual(regions(CHIP_LIMIT).map((r) => r.region_code).sort());
  });

  test('beyond that, one list grouped by province, every region once, in the edition’s language', () => {
    const many = regions(CHIP_LIMIT * 3);
    for (const locale of ['zh', 'en'] as const) {
      const picker = regionPicker(many, locale);
      expect(picker.kind).toBe('select');
      if (picker.kind !== 'select') continue;
      expect(picker.provinces.flatMap((p) => p.regions.map((r) => r.region_code)).sort()).toEqual(many.map((r) => r.region_code).sort());
      const provinceNames = new Set(many.map((r) => (locale === 'zh' ? r.province_zh : r.province_en)));
      expect(picker.provinces.map((p) => p.province).sort()).toEqual([...provinceNames].sort());
      for (const p of picker.provinces) expect(p.regions.every((r) => (locale === 'zh' ? r.province_zh : r.province_en) === p.province)).toBe(true);
    }
  });
});
