import { describe, expect, test } from 'vitest';
import { QUALIFIER_WORDING, qualifierOfWording, readWording, wordsFor } from '../../src/lib/data/qualifierWording';
import { QUALIFIER_MEANINGS, QUALIFIERS } from '../../src/lib/data/vocabulary';

describe('the wording beside a number sets its qualifier', () => {
  test.each([
    // ge: at least / more than
    ['不少于5个', '新建或购置不少于5个城市社区综合服务用房', 5, 'ge'],
    ['95%以上', '治理率达95%以上,公墓绿化率达85%以上', 95, 'ge'],
    ['逾2000平方米', '建设面积逾2000平方米', 2000, 'ge'],
    ['突破610家', '实现社会组织数量突破610家', 610, 'ge'],
    ['超过50%', '覆盖率超过50%', 50, 'ge'],
    ['至少建成1所', '每个市(区)至少建成1所', 1, 'ge'],
    ['不低于福利机构孤儿的80%', '基本生活费不低于福利机构孤儿的80%', 80, 'ge'],
    ['1100多万元', '全年发放高龄老人生活津贴1100多万元', 1100, 'ge'],
    ['100多', '培训100多人', 100, 'ge'],
    ['10余个', '开设10余个特色培训班', 10, 'ge'],
    ['1万多人', '服务1万多人', 10000, 'ge'],
    ['3000余人', '提供14类97种辅器租赁,签约服务3000余人', 3000, 'ge'],
    ['1所以上', '每个街道建成1所以上融党建群建', 1, 'ge'],
    ['高于60%', '达标率高于60%', 60, 'ge'],
    ['不小于2', '比值不小于2', 2, 'ge'],
    // le: at most
    ['10%以下', '空置率10%以下', 10, 'le'],
    ['不超过3%', '差错率不超过3%', 3, 'le'],
    ['不高于5', '不高于5', 5, 'le'],
    ['3%以内', '控制在3%以内', 3, 'le'],
    ['低于1%', '事故率低于1%', 1, 'le'],
    ['至多2次', '每年至多2次', 2, 'le'],
    ['不大于8', '不大于8', 8, 'le'],
    // about
    ['约3000万元', '累计投入移民资金约3000万元', 3000, 'about'],
    ['30个左右', '民生福祉类项目30个左右', 30, 'about'],
    ['近千人', '服务近千人', 1000, 'about'],
    ['大约500张', '新增床位大约500张', 500, 'about'],
    ['将近200家', '将近200家', 200, 'about'],
    ['2500平方米左右', '建筑面积2500平方米左右', 2500, 'about'],
    ['50人上下', '每年50人上下', 50, 'about'],
    // eq: none of the words touch the number
    ['力争达48%', '社会组织等级评估率力争达48%', 48, 'eq'],
    ['60%', '护理型床位占比达到60%', 60, 'eq'],
    ['58', '1 | 养老机构护理型床位占比(%) | 53 | 55 | 58 | 约束性 |', 58, 'eq'],
  ] as const)('"%s" in "%s" (value %d): %s', (valueText, quote, value, expected) => {
    expect(qualifierOfWording(valueText, quote, value)).toBe(expected);
  });

  test('the words around value_text in the quote count as much as those inside it', () => {
    expect(readWording('95%', '治理率达95%以上', 95)).toMatchObject({ qualifier: 'ge', found: [{ word: '以上', qualifier: 'ge' }] });
    expect(readWording('3000万元', '投入约3000万元', 3000).qualifier).toBe('about');
    expect(readWording('30', '项目30个左右', 30).qualifier).toBe('about');
  });

  test('a word that bounds another number does not count', () => {
    expect(qualifierOfWording('100万元以上产业基地30个', '新增创业致富项目40个、100万元以上产业基地30个', 30)).toBe('eq');
    expect(qualifierOfWording('100万元以上产业基地30个', '100万元以上产业基地30个', 100)).toBe('ge');
    expect(qualifierOfWording('13930人', '60周岁以上及低保老人共13930人', 13930)).toBe('eq');
    expect(qualifierOfWording('30个', '投入超过100万元建成30个', 30)).toBe('eq');
  });

  test('a word in another clause, or too far before the number, does not count', () => {
    expect(qualifierOfWording('30人', '每年组织管理人员培训不少于1次,多渠道促进残疾人集中就业30人', 30)).toBe('eq');
    expect(qualifierOfWording('100%', '“最多跑一次”事项达到100%', 100)).toBe('eq');
    expect(qualifierOfWording('200张', '床位数量超过规划要求后计划再新增养老机构床位200张', 200)).toBe('eq');
    expect(qualifierOfWording('40%', '占比不低于30%,其中护理型40%', 40)).toBe('eq');
  });

  test('约 and 近 count only as words of their own, right before the number', () => {
    expect(qualifierOfWording('3000人', '签约3000人', 3000)).toBe('eq');
    expect(qualifierOfWording('300人次', '预约300人次', 300)).toBe('eq');
    expect(qualifierOfWording('3年', '最近3年', 3)).toBe('eq');
    expect(qualifierOfWording('100万元', '约有100万元', 100)).toBe('eq');
  });

  test('多 and 余 count only right after the numerals, not after a unit or before the number', () => {
    expect(qualifierOfWording('3个', '培育3个多元主体', 3)).toBe('eq');
    expect(qualifierOfWording('30个', '其余30个', 30)).toBe('eq');
    expect(qualifierOfWording('二十多个', '二十多个', 20)).toBe('ge');
  });

  test('a range gives its lower end ge and its upper end le', () => {
    const quote = '最低生活保障标准按照上年度全体居民人均消费支出的30%—40%动态调整';
    expect(readWording('30%—40%', quote, 30)).toMatchObject({ qualifier: 'ge', found: [{ word: '—', qualifier: 'ge' }] });
    expect(readWording('30%—40%', quote, 40)).toMatchObject({ qualifier: 'le', found: [{ word: '—', qualifier: 'le' }] });
    expect(qualifierOfWording('10-15个工作日', '办事时限压缩10-15个工作日', 10)).toBe('ge');
    expect(qualifierOfWording('5至8人', '配备5至8人', 8)).toBe('le');
    // A minus sign is not a range, nor a span of years.
    expect(qualifierOfWording('-5%', '增长-5%', -5)).toBe('eq');
  });

  test('words that disagree about one number are reported, not guessed', () => {
    const r = readWording('约100人以上', '约100人以上', 100);
    expect(r.qualifier).toBeNull();
    expect(r.ambiguous).toBe(false);
    expect(r.found).toEqual(expect.arrayContaining([{ word: '约', qualifier: 'about' }, { word: '以上', qualifier: 'ge' }]));
  });

  test('value_text standing twice with different wording is ambiguous', () => {
    const r = readWording('80%', '不低于80%,力争80%', 80);
    expect(r).toMatchObject({ qualifier: null, ambiguous: true });
    // The same wording twice is not.
    expect(readWording('100%', '| 100% | 100% |', 100)).toMatchObject({ qualifier: 'eq', ambiguous: false });
  });

  test('value_text that is not in the quote is not read', () => {
    expect(readWording('1.5万人', '到2025年', 15000)).toMatchObject({ placed: false, qualifier: 'eq' });
  });

  test('without a value every number in value_text is read', () => {
    expect(qualifierOfWording('不少于1.5万人', '培训总人数不少于1.5万人')).toBe('ge');
  });
});

describe('the list of words', () => {
  test('covers every qualifier but eq, each word once, and the data dictionary names them', () => {
    const words = QUALIFIER_WORDING.map((r) => r.word);
    expect(new Set(words).size).toBe(words.length);
    for (const q of QUALIFIERS) {
      if (q === 'eq') expect(wordsFor(q)).toEqual([]);
      else for (const w of wordsFor(q)) expect(QUALIFIER_MEANINGS[q], `${q} ${w}`).toContain(w);
    }
  });
});
