import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../src/lib/drafting/findNumbers';
import { skipReasonOf } from '../../src/lib/drafting/skipRules';

const found = (text: string) => findNumbers(text).map((n) => [n.text, n.value]);
const reasons = (text: string) => {
  const all = findNumbers(text);
  return all.map((n) => [n.text, skipReasonOf(text, n, all)]);
};

describe('findNumbers: every number as written, with offsets', () => {
  test('Arabic numbers with decimals, thousands separators, % and ‰', () => {
    expect(found('占全市总人口的 0.86%,社工人才占比1.7‰,共12,345人')).toEqual([['0.86%', 0.86], ['1.7‰', 1.7], ['12,345', 12345]]);
  });
  test('a comma before digits that are not a group of three is punctuation', () => {
    expect(found('覆盖率达到100,建成12个')).toEqual([['100', 100], ['12', 12]]);
  });
  test('万 and 亿 scale the number (the unit decides later whether 万元 keeps it)', () => {
    const [a, b] = findNumbers('惠及1.5万人,投入2.4亿元');
    expect([a!.digits, a!.scale, a!.value]).toEqual([1.5, 1e4, 15000]);
    expect([b!.digits, b!.scale, b!.value]).toEqual([2.4, 1e8, 240000000]);
  });
  test('offsets point at the number in the text', () => {
    const text = '发放低保金7753.95万元';
    const [n] = findNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('7753.95万');
  });
  test('ranges give two numbers, each marked as one end', () => {
    const [a, b] = findNumbers('给予30%-50%比例的救助');
    expect([a!.text, a!.range, b!.text, b!.range]).toEqual(['30%', 'low', '50%', 'high']);
    const [c, d] = findNumbers('办事时限压缩10-15个工作日');
    expect([c!.value, c!.range, d!.value, d!.range]).toEqual([10, 'low', 15, 'high']);
  });
  test('a chain of scales is one number', () => {
    expect(found('目前的建筑面积约3万1千平方米')).toEqual([['3万1千', 31000]]);
  });
  test('由A提高到B gives two numbers', () => {
    expect(found('将全年每人救助封顶线由8万元提高到12万元')).toEqual([['8万', 80000], ['12万', 120000]]);
  });
  test('60/50 is a pair of values', () => {
    const [a, b] = findNumbers('建成率 | % | 60/50 | 100/100 |');
    expect([a!.value, a!.pair, b!.value, b!.pair]).toEqual([60, 'first', 50, 'second']);
  });
  test('Chinese numerals: counts, 零, 两, and 万 as part of the numeral', () => {
    expect(found('每年孵化“十家”慈善组织,一百零五人,两千张床位,三万人')).toEqual([['十', 10], ['一百零五', 105], ['两千', 2000], ['三万', 30000]]);
  });
  test('a lone numeral inside a word is not a number (统一, 进一步, 一体化)', () => {
    expect(found('城乡低保标准实现一体化,进一步统一标准')).toEqual([]);
  });
  test('template placeholders are not numbers at all', () => {
    expect(found('低保标准每人每月X元;增发一次性生活补贴X.X元;发放物价补贴X.20万元;支出社会救助资金9596.X万元')).toEqual([]);
  });
});

describe('skip reasons: numbers that are not data', () => {
  test('a year as a time, a year range, 年度', () => {
    expect(reasons('根据区人大常委会2020年工作要点安排')).toEqual([['2020', 'year']]);
    expect(reasons('“十四五”时期(2021—2025年)')).toEqual([['十四五', 'meeting_or_plan_name'], ['2021', 'year'], ['2025', 'year']]);
    expect(reasons('确定杭州市民政局等7个设区市民政局为2019年度优秀单位')).toEqual([['7', null], ['2019', 'year']]);
  });
  test('dates: 2月2日, 2021年3月, 2019.5, 2020-03-23 16:31, 10日, 4月上旬', () => {
    expect(reasons('取消2020年2月2日高峰日婚姻登记活动').map((r) => r[1])).toEqual(['date', 'date', 'date']);
    expect(reasons('2021年3月起实施').map((r) => r[1])).toEqual(['date', 'date']);
    expect(reasons('自2019.5起').map((r) => r[1])).toEqual(['date']);
    expect(reasons('发布日期:2020-03-23 16:31').map((r) => r[1])).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect(reasons('从4月上旬开始').map((r) => r[1])).toEqual(['date']);
  });
  test('2019.5 with a unit is a number, not a date', () => {
    expect(reasons('共筹集资金1954.8万元')).toEqual([['1954.8万', null]]);
  });
  test('document and registration numbers', () => {
    expect(reasons('的通知》(〔2019〕375号)文件精神').map((r) => r[1])).toEqual(['document_number', 'document_number']);
    expect(reasons('浙民〔2021〕12号').map((r) => r[1])).toEqual(['document_number', 'document_number']);
    expect(reasons('索引号:014109672/2022-00001').every((r) => r[1] !== null)).toBe(true);
    expect(reasons('滬ICP備2022005074號-20').map((r) => r[1])).toEqual(['document_number', 'document_number']);
  });
  test('ordinals and list labels', () => {
    expect(reasons('第一章 规划背景').map((r) => r[1])).toEqual(['list_label']);
    expect(reasons('(一)做细抓实疫情防控工作').map((r) => r[1])).toEqual(['list_label']);
    expect(reasons('1.圆满完成专项任务一是社会福利机构积极开展防控工作').map((r) => r[1])).toEqual(['list_label', 'list_label']);
    expect(reasons('第3批试点').map((r) => r[1])).toEqual(['list_label']);
  });
  test('meetings, plan names and anniversaries', () => {
    expect(reasons('党的十九届四中全会、第十四次全国民政会议、省委十四届六次全会精神').map((r) => r[1])).toEqual(['meeting_or_plan_name', 'list_label', 'meeting_or_plan_name', 'meeting_or_plan_name']);
    expect(reasons('常州市民政事业发展第十四个五年规划').map((r) => r[1])).toEqual(['meeting_or_plan_name']);
    expect(reasons('深入贯彻落实党的十九大和十九届二中全会精神').map((r) => r[1])).toEqual(['meeting_or_plan_name', 'meeting_or_plan_name']);
    expect(reasons('表1 “十三五”时期主要指标完成情况').map((r) => r[1])).toEqual(['list_label', 'meeting_or_plan_name']);
    expect(reasons('2019 年是新中国成立70 周年')).toEqual([['2019', 'year'], ['70', 'anniversary']]);
  });
  test('codes, slogans, hotlines and named circles', () => {
    expect(reasons('构建“1+8+X”服务体系').map((r) => r[1])).toEqual(['code', 'code']);
    expect(reasons('实施五大行动“11345”工作思路').map((r) => r[1])).toEqual(['name', 'code']);
    expect(reasons('全面运行“96444”一站式殡葬服务平台').map((r) => r[1])).toEqual(['code']);
    expect(reasons('12345便民服务热线等重点工作圆满完成').map((r) => r[1])).toEqual(['phone']);
    expect(reasons('采用“四个一”方式常态化开展低收入人口认定工作').map((r) => r[1])).toEqual(['name']);
    expect(reasons('打造“15分钟”养老服务圈').map((r) => r[1])).toEqual(['name']);
    expect(reasons('联系电话:0576-83302345').map((r) => r[1])).toEqual(['phone', 'phone']);
  });
  test('a count in quotes is still a count; a long quoted target is text', () => {
    expect(reasons('推选“十个”慈善品牌项目').map((r) => r[1])).toEqual([null]);
    expect(reasons('确保实现“助餐、配送餐服务覆盖50%以上的城乡社区”的民生实事').map((r) => r[1])).toEqual([null]);
    expect(reasons('打造五大特色养老产业园区').map((r) => r[1])).toEqual([null]);
  });
  test('the serial number of a table row', () => {
    expect(reasons('4 | 护理型床位占养老机构床位比例 | % | 63 | 80 | 约束性').map((r) => r[1])).toEqual(['table_row_number', null, null]);
  });
});
