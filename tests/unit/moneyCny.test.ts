import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { isMoneyUnit, shiftDecimal, valueCny, valueCnyText, YUAN_EXPONENT } from '../../src/lib/data/moneyCny';
import { publishedRows } from '../../src/lib/data/publishedColumns';
import { UNIT_CODES, UNITS } from '../../src/lib/data/units';
import { publishedCsv, tableJson } from '../../src/lib/publishing/publishedFiles';

describe('money in yuan', () => {
  test('1133.9 万元 is exactly 11339000 yuan, where float multiplication can miss (0.07 × 10⁴, 1.1 亿)', () => {
    expect(0.07 * 1e4).not.toBe(700);
    expect(1.1 * 1e8).not.toBe(110000000);
    expect(valueCny(0.07, 'wan_yuan')).toBe(700);
    expect(valueCny(1.1, 'yi_yuan')).toBe(110000000);
    expect(valueCny(1133.9, 'wan_yuan')).toBe(11339000);
    expect(valueCnyText('1133.9', 'wan_yuan')).toBe('11339000');
  });

  test('2.4 亿元 is 240000000 yuan; yuan and per-person amounts stay as they are', () => {
    expect(valueCny(2.4, 'yi_yuan')).toBe(240000000);
    expect(valueCny(38.35, 'wan_yuan')).toBe(383500);
    expect(valueCny(0.01, 'wan_yuan')).toBe(100);
    expect(valueCny(660, 'yuan_per_person_month')).toBe(660);
    expect(valueCny(13000, 'yuan_per_person_year')).toBe(13000);
    expect(valueCny(50, 'yuan')).toBe(50);
    expect(valueCny(12.5, 'yuan')).toBe(12.5);
  });

  test('a value whose unit is not money has none', () => {
    expect(valueCny(80, 'percent')).toBeNull();
    expect(valueCny(3000, 'persons')).toBeNull();
    expect(valueCnyText('80', 'percent')).toBeNull();
    expect(valueCny(1, 'no-such-unit')).toBeNull();
  });

  test('every money unit (and only those) has its power of ten', () => {
    expect(UNIT_CODES.filter((u) => UNITS[u].kind === 'money').sort()).toEqual(Object.keys(YUAN_EXPONENT).sort());
    expect(UNIT_CODES.filter(isMoneyUnit).every((u) => UNITS[u].kind === 'money')).toBe(true);
  });

  test('the decimal point moves on the digits, exactly', () => {
    expect(shiftDecimal('1133.9', 4)).toBe('11339000');
    expect(shiftDecimal('0.000001', 4)).toBe('0.01');
    expect(shiftDecimal('1.23456789', 4)).toBe('12345.6789');
    expect(shiftDecimal('-5', 4)).toBe('-50000');
    expect(shiftDecimal('-0', 4)).toBe('0');
    expect(shiftDecimal('007.50', 0)).toBe('7.5');
    expect(shiftDecimal('.5', 1)).toBe('5');
    expect(shiftDecimal('1e+21', 4)).toBe('1'.padEnd(26, '0'));
    expect(shiftDecimal('1.5e-7', 8)).toBe('15');
    expect(shiftDecimal('123', -5)).toBe('0.00123');
    expect(() => shiftDecimal('abc', 4)).toThrow('not a decimal number');
    expect(() => shiftDecimal('.', 4)).toThrow('not a decimal number');
  });
});

describe('value_cny in the published indicator_values', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const { dataset } = checkDataset(join(root, 'data'), root);
  const units = new Map(dataset.indicators.map((i) => [i.indicator_id, i.unit]));
  const csvRows = Papa.parse<Record<string, string>>(publishedCsv('indicator_values').slice(1), { header: true, skipEmptyLines: true }).data;
  const jsonRows = JSON.parse(tableJson(dataset, 'indicator_values')) as Record<string, unknown>[];
  const find = <T extends Record<string, unknown>>(rows: T[], id: string) => rows.find((r) => r['indicator_id'] === id)!;

  test('is filled exactly for money values, in yuan, and the value stays as written', () => {
    const rows = publishedRows(dataset, 'indicator_values');
    for (const r of rows) {
      const unit = units.get(String(r['indicator_id']))!;
      if (isMoneyUnit(unit)) expect(r['value_cny'], String(r['indicator_id'])).toBe(valueCny(r['value'] as number, unit));
      else expect(r['value_cny'], String(r['indicator_id'])).toBeNull();
    }
    expect(rows.filter((r) => r['value_cny'] !== null).length).toBeGreaterThan(20);
  });

  test('1133.9 万元 of 低保 funds is 11339000 in the CSV and the JSON; 2.4 亿元 of lottery sales 240000000; a share has none', () => {
    expect(find(csvRows, 'beilun-2018-summary.dibao-funds')).toMatchObject({ value: '1133.9', value_cny: '11339000' });
    expect(find(jsonRows, 'beilun-2018-summary.dibao-funds')).toMatchObject({ value: 1133.9, value_cny: 11339000 });
    expect(find(csvRows, 'beilun-2018-summary.welfare-lottery-sales')).toMatchObject({ value: '2.4', value_cny: '240000000' });
    expect(find(jsonRows, 'beilun-2018-summary.welfare-lottery-sales')).toMatchObject({ value: 2.4, value_cny: 240000000 });
    expect(find(csvRows, 'changxing-fyp14.nursing-bed-share')).toMatchObject({ value: '60', value_cny: '' });
    expect(find(jsonRows, 'changxing-fyp14.nursing-bed-share')).toMatchObject({ value: 60, value_cny: null });
  });

  test('every CSV cell is a whole or decimal number without float noise', () => {
    for (const r of csvRows) if (r['value_cny']) expect(r['value_cny'], r['indicator_id']).toMatch(/^-?\d+(\.\d+)?$/);
    for (const r of csvRows) if (r['value_cny']) expect(r['value_cny']).not.toMatch(/\.\d*(9999|0000)\d/);
  });
});
