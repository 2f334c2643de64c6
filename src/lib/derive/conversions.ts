import type { UnitCode } from '../data/units';

export interface Conversion {
  from: UnitCode;
  to: UnitCode;
  factor: number;
  /** Shown to the reader wherever a converted value appears. */
  explain_zh: string;
  explain_en: string;
}

/** The only unit conversions the site makes: exact, explicit, done in code — source values are never edited. */
export const CONVERSIONS: Conversion[] = [
  { from: 'yuan_per_person_year', to: 'yuan_per_person_month', factor: 1 / 12, explain_zh: '按年的标准除以12换算为按月', explain_en: 'yearly amount divided by 12' },
  { from: 'per_mille', to: 'persons_per_10000', factor: 10, explain_zh: '千分比(‰)乘以10换算为每万人', explain_en: 'per mille multiplied by 10 to give per 10,000' },
];

export function conversionBetween(from: UnitCode, to: UnitCode): Conversion | 'same' | null {
  if (from === to) return 'same';
  return CONVERSIONS.find((c) => c.from === from && c.to === to) ?? null;
}

/** A value in the concept's unit, with the conversion used (null when none was needed); null when not convertible. */
export function convertValue(value: number, from: UnitCode, to: UnitCode): { value: number; conversion: Conversion | null } | null {
  const c = conversionBetween(from, to);
  if (c === null) return null;
  if (c === 'same') return { value, conversion: null };
  // Rounded to 10 significant digits so 9600/12 reads 800, not 799.9999999.
  return { value: Number((value * c.factor).toPrecision(10)), conversion: c };
}
