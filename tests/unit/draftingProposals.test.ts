import { describe, expect, test } from 'vitest';
import { draftCsv } from '../../src/lib/drafting/draftCsv';
import { draftText, type DraftRow } from '../../src/lib/drafting/draftText';
import type { DocumentFacts } from '../../src/lib/drafting/propose';
import { scoreDraft } from '../../src/lib/drafting/measure';

const report2020: DocumentFacts = { doc_type: 'annual_work_report', period_start: 2020, period_end: 2020 };
const plan: DocumentFacts = { doc_type: 'five_year_plan', period_start: 2021, period_end: 2025 };
const conference: DocumentFacts = { doc_type: 'work_conference_report', period_start: 2024, period_end: 2024 };

const kept = (text: string, doc: DocumentFacts) => draftText(text, doc).filter((r) => r.skip_reason === null);
const pick = (r: DraftRow) => [r.value_text, r.value, r.unit, r.year, r.year_basis, r.value_kind, r.period, r.qualifier];

describe('proposals for data numbers in running text', () => {
  test('counts with their units in a yearly summary: the report year, actual', () => {
    const rows = kept('截止目前,我区共有社会福利机构30家,其中养老机构22家、有托养服务对象驿站3家、儿残机构5家,均未出现疫情。', report2020);
    expect(rows.map((r) => [r.value_text, r.unit, r.year, r.year_basis, r.value_kind])).toEqual([
      ['30家', 'facilities', 2020, 'inferred_report_year', 'actual'],
      ['22家', 'facilities', 2020, 'inferred_report_year', 'actual'],
      ['3家', 'facilities', 2020, 'inferred_report_year', 'actual'],
      ['5家', 'facilities', 2020, 'inferred_report_year', 'actual'],
    ]);
    expect(rows.map((r) => r.name_zh)).toEqual(['社会福利机构', '养老机构', '有托养服务对象驿站', '儿残机构']);
  });
  test('人次, 对 and 人 map to their unit codes', () => {
    expect(kept('当日有序完成婚姻登记60对。街面巡视组共救助67人次。共接收返通人员8033人', report2020).map((r) => r.unit)).toEqual(['couples', 'person_times', 'persons']);
  });
  test('万元 keeps the number as written; 万人 is a count of people', () => {
    const rows = kept('发放低保金7753.95万元,惠及1.34万名高龄老人', report2020);
    expect(rows.map((r) => [r.value_text, r.value, r.unit])).toEqual([['7753.95万元', 7753.95, 'wan_yuan'], ['1.34万名', 13400, 'persons']]);
  });
  test('a money standard per person and month', () => {
    const [row] = kept('城乡低保标准实现一体化,标准为737元/月,全市共有低保对象7627户', report2020);
    expect([row!.value_text, row!.unit]).toEqual(['737元/月', 'yuan_per_person_month']);
  });
  test('a range: the lower end is a lower bound, the upper end an upper bound', () => {
    const rows = kept('按照三类标准给予30%-50%比例的救助', report2020).filter((r) => r.unit === 'percent');
    expect(rows.map((r) => [r.value, r.qualifier])).toEqual([[30, 'ge'], [50, 'le']]);
  });
  test('a range written with one sign: both ends take its unit and the whole range as value_text', () => {
    const rows = kept('按照上年度本市居民消费支出的30-40%调整低保标准', plan);
    expect(rows.map((r) => [r.value_text, r.value, r.unit, r.qualifier])).toEqual([['30-40%', 30, 'percent', 'ge'], ['30-40%', 40, 'percent', 'le']]);
  });
  test('由A提高到B: the first is where it started, the second the value reached', () => {
    const rows = kept('将特困供养覆盖的未成年人年龄从16周岁延长至18周岁', plan);
    expect(rows.map((r) => [r.value, r.unit, r.value_kind, r.year])).toEqual([[16, 'years_of_age', 'baseline', 2020], [18, 'years_of_age', 'target', 2025]]);
  });
  test('a plan target with a year written before it in the sentence: stated, and the quote reaches back to the year', () => {
    const text = '到2022年,建成区域型示范型“儿童之家”60个,通过向社会购买服务的形式';
    const [row] = kept(text, plan);
    // 建成 is a flow: what a plan builds by 2022 is counted over the plan's years so far.
    expect(pick(row!)).toEqual(['60个', 60, 'facilities', 2022, 'stated', 'interim_target', 'cumulative', 'eq']);
    expect([row!.period_start, row!.period_end]).toEqual([2021, 2022]);
    expect(row!.source_quote).toBe('到2022年,建成区域型示范型“儿童之家”60个');
  });
  test('flows are amounts over time (a report’s year, a plan’s years), levels are points', () => {
    const report = { doc_type: 'annual_work_report', period_start: 2023, period_end: 2023 } as const;
    const rows = kept('全年新建养老服务站12个,护理型床位占比达到58%,低保标准提高到每人每月790元,现有养老机构22家。', report);
    expect(rows.map((r) => [r.value, r.period, r.period_start, r.period_end])).toEqual([[12, 'per_year', 2023, 2023], [58, 'point', null, null], [790, 'point', null, null], [22, 'point', null, null]]);
  });
  test('a plan target without a year: the plan end; 每年 makes it per_year over the plan', () => {
    const [a, b] = kept('每年组织管理人员培训不少于1次,多渠道促进残疾人集中就业30人。', plan);
    expect(pick(a!)).toEqual(['不少于1次', 1, 'times', 2025, 'inferred_plan_end', 'target', 'per_year', 'ge']);
    expect([a!.period_start, a!.period_end]).toEqual([2021, 2025]);
    expect(b!.value_text).toBe('30人');
  });
  test('qualifier words beside the number belong to value_text', () => {
    const rows = kept('新增基础设施项目20个左右,投入移民资金约1500万元', plan);
    expect(rows.map((r) => [r.value_text, r.qualifier, r.unit])).toEqual([['20个左右', 'about', 'projects'], ['约1500万元', 'about', 'wan_yuan']]);
  });
  test('a review section of a plan: the year before the plan, actual', () => {
    const text = '一、发展基础\n全县建成乡镇(街道)居家养老服务中心10家。\n二、发展目标\n养老机构护理型床位占比达到58%。';
    const rows = kept(text, plan);
    expect(rows.map((r) => [r.value, r.year, r.year_basis, r.value_kind])).toEqual([[10, 2020, 'inferred_review_year', 'actual'], [58, 2025, 'inferred_plan_end', 'target']]);
  });
  test('a conference report: targets for its year', () => {
    const [row] = kept('全年社会组织等级评估率力争达48%', conference);
    expect([row!.value, row!.unit, row!.year, row!.year_basis, row!.value_kind, row!.name_zh]).toEqual([48, 'percent', 2024, 'inferred_report_year', 'target', '社会组织等级评估率']);
  });
  test('denominators make rates: 每万名老年人…张', () => {
    const [row] = kept('每万名老年人配有认知障碍床位达到22张', plan);
    expect(row!.unit).toBe('beds_per_10000_elderly');
  });
  test('Traditional text with pinyin annotations still gives its targets', () => {
    const rows = kept('2025年我國養老機構護理型床位占比達(dá)55%,養(yǎng)老服務(wù)床位總量約1000萬張。', { doc_type: 'five_year_plan', period_start: 2021, period_end: 2025 });
    expect(rows.map((r) => [r.value, r.unit, r.year, r.year_basis])).toEqual([[55, 'percent', 2025, 'stated'], [10000000, 'beds', 2025, 'stated']]);
  });
});

describe('proposals for table figures', () => {
  const table = [
    '序号 | 主要指标 | 2020年 实际值 | 2022年 目标值 | 2025年 目标值 | 指标 属性',
    '精准保障标杆区 |',
    '1 | 城乡居民最低生活保障标准(元/年) | 9600 | 10000 | 13000 | 预期性 |',
    '5 | 每万人拥有登记和备案社会组织(个) | 12 | 13 | 16 | 预期性 |',
  ].join('\n');
  test('year and kind from the column heading, unit from the indicator cell, the row as quote', () => {
    const rows = kept(table, plan);
    expect(rows.map((r) => [r.value, r.unit, r.year, r.year_basis, r.value_kind])).toEqual([
      [9600, 'yuan_per_person_year', 2020, 'stated', 'baseline'],
      [10000, 'yuan_per_person_year', 2022, 'stated', 'interim_target'],
      [13000, 'yuan_per_person_year', 2025, 'stated', 'target'],
      [12, 'organisations_per_10000', 2020, 'stated', 'baseline'],
      [13, 'organisations_per_10000', 2022, 'stated', 'interim_target'],
      [16, 'organisations_per_10000', 2025, 'stated', 'target'],
    ]);
    expect(rows[0]!.name_zh).toBe('城乡居民最低生活保障标准(元/年)');
    expect(rows[0]!.source_quote).toBe('1 | 城乡居民最低生活保障标准(元/年) | 9600 | 10000 | 13000 | 预期性 |');
  });
  test('a unit column and a cell of two values (60/50)', () => {
    const text = '类别 | 序号 | 指标名称 | 单位 | 2020年初值 | 2025年目标值 | 属性\n8 | 市、辖市(区)标准化儿童福利服务设施建成率 | % | 60/50 | 100/100 | 约束性';
    const rows = kept(text, plan);
    expect(rows.map((r) => [r.value_text, r.value, r.unit, r.year, r.value_kind])).toEqual([
      ['60/50', 60, 'percent', 2020, 'baseline'], ['60/50', 50, 'percent', 2020, 'baseline'],
      ['100/100', 100, 'percent', 2025, 'target'], ['100/100', 100, 'percent', 2025, 'target'],
    ]);
  });
});

describe('the draft file and its measure', () => {
  test('the CSV starts with a BOM, has the review columns and neutralises formula-like cells', () => {
    const csv = draftCsv(draftText('=SUM(A1) 共有养老机构22家', report2020));
    expect(csv.startsWith('\ufeffaccept,skip_reason,check,line,value_text,value,unit,year,year_basis,value_kind,period,period_start,period_end,qualifier,name_zh,name_en,domain,source_quote')).toBe(true);
    expect(csv).toContain("'=SUM");
  });
  test('recall counts a curated value found with its value and quote; year, kind and unit are compared', () => {
    const text = '到2022年,建成区域型示范型“儿童之家”60个。';
    const rows = draftText(text, plan);
    const s = scoreDraft(text, rows, [
      { value: 60, value_text: '60个', source_quote: '建成区域型示范型“儿童之家”60个', year: 2022, value_kind: 'interim_target', unit: 'facilities', domain: 'child_welfare', period: 'cumulative' },
      { value: 61, value_text: '61个', source_quote: '建成区域型示范型“儿童之家”60个', year: 2022, value_kind: 'interim_target', unit: 'facilities', domain: 'child_welfare', period: 'cumulative' },
    ]);
    expect([s.matched, s.yearRight, s.kindRight, s.unitRight, s.missed.length]).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('the proposed domain', () => {
  test('comes from the value’s own words before its section heading', () => {
    const text = '(二)完善社会救助体系\n到2025年,养老机构护理型床位占比达到55%。\n到2025年,低保标准提高到每人每月900元。\n';
    const rows = draftText(text, { doc_type: 'five_year_plan', period_start: 2021, period_end: 2025 }).filter((r) => r.skip_reason === null);
    expect(rows.map((r) => [r.value, r.domain])).toEqual([[55, 'elderly_care'], [900, 'social_assistance']]);
  });

  test('falls back to the heading, then to other', () => {
    const text = '三、殡葬改革\n全年完成1200人次。\n四、其他工作\n全年完成300人次。\n';
    const rows = draftText(text, { doc_type: 'annual_work_report', period_start: 2020, period_end: 2020 }).filter((r) => r.skip_reason === null);
    expect(rows.map((r) => [r.value, r.domain])).toEqual([[1200, 'funeral'], [300, 'other']]);
  });
});

describe('proposed names', () => {
  const plan = { doc_type: 'five_year_plan', period_start: 2021, period_end: 2025 } as const;
  const names = (text: string) => draftText(text, plan).filter((r) => r.skip_reason === null).map((r) => [r.value, r.name_zh]);

  test('the end of a change is named as its start, without years, scope or the words that lead to the number', () => {
    expect(names('全县养老机构护理型床位占比由2015年的20%提高到2020年的40%。')).toEqual([[20, '养老机构护理型床位占比'], [40, '养老机构护理型床位占比']]);
    expect(names('城乡低保标准由每人每月660元提高到800元。')).toEqual([[660, '城乡低保标准'], [800, '城乡低保标准']]);
  });

  test('a unit phrase or a verb before the number is not part of the name', () => {
    expect(names('到2025年,城乡低保标准不低于每人每月850元。')).toEqual([[850, '城乡低保标准']]);
  });
});

describe('numbers that are not counts', () => {
  test('一批, 一系列 and 一些 are indefinite, not the number one', () => {
    const rows = draftText('选拔一批社区工作名师,出台一系列政策,建成一个综合服务中心。', { doc_type: 'work_conference_report', period_start: 2024, period_end: 2024 });
    expect(rows.map((r) => [r.value_text, r.skip_reason])).toEqual([['一', 'indefinite'], ['一个', null]]);
  });

  test('a name that is only a verb takes the words after the number', () => {
    const rows = draftText('改造提升80个示范性乡村互助养老睦邻点。', { doc_type: 'work_conference_report', period_start: 2024, period_end: 2024 });
    expect(rows.map((r) => r.name_zh)).toEqual(['改造提升示范性乡村互助养老睦邻点']);
  });
});
