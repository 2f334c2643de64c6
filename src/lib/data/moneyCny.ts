import { UNITS, type UnitCode } from './units';

/** The units whose values are amounts of money (kind 'money' in units.ts). */
export type MoneyUnit = { [K in UnitCode]: (typeof UNITS)[K]['kind'] extends 'money' ? K : never }[UnitCode];

/**
 * Powers of ten from each money unit to yuan. A new money unit does not compile until it has
 * one here. Per-person amounts are already in yuan: their month or year basis stays the unit's.
 */
export const YUAN_EXPONENT: Record<MoneyUnit, number> = {
  yuan: 0,
  yuan_per_person_month: 0,
  yuan_per_person_year: 0,
  wan_yuan: 4,
  yi_yuan: 8,
};

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return Object.hasOwn(YUAN_EXPONENT, unit);
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * A decimal number as text times 10^places, worked on the digits so nothing is lost to binary
 * floating point (0.07 × 10⁴ in doubles is 700.0000000000001, 1.1 × 10⁸ is 110000000.00000001;
 * here they are "700" and "110000000").
 * Accepts what a CSV cell or String(number) writes, exponents included ("1e+21").
 */
export function shiftDecimal(text: string, places: number): string {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal number: "${text}"`);
  const whole = m[2] ?? '';
  let digits = whole + (m[3] ?? '');
  let point = whole.length + places + Number(m[4] ?? 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return out === '0' ? '0' : (m[1] === '-' ? '-' : '') + out;
}

/** A value in yuan as decimal text ("1133.9" 万元 → "11339000"), or null when its unit is not money. */
export function valueCnyText(value: string | number, unit: string): string | null {
  if (!isMoneyUnit(unit)) return null;
  return shiftDecimal(String(value), YUAN_EXPONENT[unit]);
}

/** A value in yuan as a number (exact wherever the result is a double: every whole yuan up to 2⁵³), or null when its unit is not money. */
export function valueCny(value: number, unit: string): number | null {
  const text = valueCnyText(value, unit);
  return text === null ? null : Number(text);
}
