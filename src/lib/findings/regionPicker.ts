import type { Region } from '../data/schema';
import type { Locale } from '../i18n/locales';

/**
 * Up to this many regions, each is one tap (a row of buttons). Beyond it a row
 * of buttons would push the findings off the first screen, so the picker
 * becomes one list grouped by province: two taps, whatever the count.
 */
export const CHIP_LIMIT = 12;

export type RegionPicker =
  | { kind: 'chips'; regions: Region[] }
  | { kind: 'select'; provinces: { province: string; regions: Region[] }[] };

/** How the home page offers the regions: buttons for a few, a grouped list for many; provinces and regions in code order (GB/T 2260). */
export function regionPicker(regions: readonly Region[], locale: Locale): RegionPicker {
  const sorted = [...regions].sort((a, b) => a.region_code.localeCompare(b.region_code));
  if (sorted.length <= CHIP_LIMIT) return { kind: 'chips', regions: sorted };
  const provinces = new Map<string, Region[]>();
  for (const r of sorted) {
    const province = locale === 'zh' ? r.province_zh : r.province_en;
    provinces.set(province, [...(provinces.get(province) ?? []), r]);
  }
  return { kind: 'select', provinces: [...provinces].map(([province, rs]) => ({ province, regions: rs })) };
}
