import { describe, expect, test } from 'vitest';
import { defaultDocId, inferPeriod, parseAddDocumentArgs, placeSlug, planStart, regionRowsFor } from '../../src/lib/drafting/newDocument';
import { nationalRegion, nationalRegions } from '../../src/lib/regions/nationalRegions';

const base = ['--text', 'a.txt', '--region', '331022', '--kind', 'five-year-plan', '--title', '三门县民政事业发展“十四五”规划'];

describe('add-document options', () => {
  test('are read whole', () => {
    const r = parseAddDocumentArgs([...base, '--published', '2021-09-01', '--url', 'https://www.example.gov.cn/a.html', '--id', 'x-plan', '--period', '2021-2025', '--excerpt']);
    expect(r).toEqual({ options: { text: 'a.txt', region: '331022', kind: 'five-year-plan', title: '三门县民政事业发展“十四五”规划', titleEn: null, published: '2021-09-01', url: 'https://www.example.gov.cn/a.html', id: 'x-plan', period: [2021, 2025], excerpt: true } });
  });

  test('every problem is named at once', () => {
    const r = parseAddDocumentArgs(['--region', '3310', '--kind', 'plan', '--published', '1/9/2021', '--url', 'javascript:alert(1)', '--id', 'Bad Id', '--period', '2025-2021', '--what']);
    expect('errors' in r && r.errors).toEqual([
      'unknown argument "--what"',
      '--text is required',
      '--title is required',
      '--kind "plan" is not one of five-year-plan, annual-report, work-conference',
      '--region "3310" is not a six-digit GB/T 2260 code',
      '--published "1/9/2021" is not a date YYYY-MM-DD',
      '--url "javascript:alert(1)" is not an http(s) address',
      '--id "Bad Id" must be lowercase letters, digits and hyphens',
      '--period "2025-2021" is not YYYY or YYYY-YYYY',
    ]);
  });

  test('an option without its value is an error, not the next option taken as a value', () => {
    const r = parseAddDocumentArgs(['--text', '--region', '331022']);
    expect('errors' in r && r.errors[0]).toBe('--text needs a value');
  });
});

describe('the period a document covers', () => {
  test('a plan is named by its number or its years', () => {
    expect(planStart(14)).toBe(2021);
    expect(inferPeriod('five-year-plan', '某县民政事业发展“十四五”规划', '')).toEqual([2021, 2025]);
    expect(inferPeriod('five-year-plan', '某市民政事业发展第十五个五年规划', '')).toEqual([2026, 2030]);
    expect(inferPeriod('five-year-plan', '某区民政事业发展规划', '某区民政事业发展规划\n(2026—2030年)\n')).toEqual([2026, 2030]);
    expect(inferPeriod('five-year-plan', '某区民政事业发展规划', '没有年份')).toBeNull();
  });

  test('a report or conference is its first year', () => {
    expect(inferPeriod('annual-report', 'X区民政局2022年工作总结和2023年工作要点', '')).toEqual([2022, 2022]);
    expect(inferPeriod('work-conference', '全市民政工作会议召开', '2024年,全市民政系统将……')).toEqual([2024, 2024]);
  });
});

describe('ids and region rows', () => {
  test('the default id reads as the curated ones do, and never takes one in use', () => {
    const sanmen = nationalRegion('331022')!;
    expect(placeSlug(sanmen)).toBe('sanmen');
    expect(defaultDocId(sanmen, 'five-year-plan', [2026, 2030], new Set())).toBe('sanmen-fyp15');
    expect(defaultDocId(sanmen, 'annual-report', [2023, 2023], new Set())).toBe('sanmen-2023-report');
    expect(defaultDocId(sanmen, 'five-year-plan', [2021, 2025], new Set(['sanmen-fyp14']))).toBe('sanmen-331022-fyp14');
  });

  test('a county brings its prefecture when the table lacks it; a known one brings nothing', () => {
    const county = nationalRegions().find((r) => r.level === 'county' && nationalRegion(r.parent_code!)?.level === 'prefecture')!;
    const rows = regionRowsFor(county.code, new Set());
    expect('rows' in rows && rows.rows.map((r) => [r.region_code, r.level, r.parent_code])).toEqual([
      [county.parent_code, 'prefecture', county.province_code],
      [county.code, 'county', county.parent_code],
    ]);
    expect(regionRowsFor(county.code, new Set([county.code, county.parent_code!]))).toEqual({ rows: [] });
  });

  test('a municipality’s district needs no prefecture row', () => {
    const district = nationalRegions().find((r) => r.parent_code === '110000' && r.level === 'district')!;
    const rows = regionRowsFor(district.code, new Set());
    expect('rows' in rows && rows.rows.map((r) => r.region_code)).toEqual([district.code]);
  });

  test('an unknown code or a province is refused with the reason', () => {
    expect(regionRowsFor('999999', new Set())).toEqual({ error: expect.stringMatching(/^--region 999999 is not a code in the national reference/) });
    expect(regionRowsFor('330000', new Set())).toEqual({ error: expect.stringMatching(/is a province \(浙江省\)/) });
  });
});
