// The domain proposed for a drafted value: from the words of its own name first, then from the
// heading of the section it stands in. The words are the field's general vocabulary (what each
// civil-affairs domain is called in any plan), not the wording of one document.
import type { Domain } from '../data/vocabulary';

/** Earlier entries win: 残疾儿童 is child welfare, 社区养老 is elderly care, 慈善超市 charity. */
const DOMAIN_WORDS: readonly [RegExp, Domain][] = [
  [/(移民|水库|库区)/, 'reservoir_migrants'],
  [/(殡|葬|墓|火化|骨灰|陵园|公墓|祭扫)/, 'funeral'],
  [/(婚姻|结婚|离婚|婚俗|婚登)/, 'marriage'],
  [/(地名|区划|界线|界桩|门牌|路牌)/, 'place_names'],
  [/(彩票|慈善|捐赠|募捐)/, 'charity_lottery'],
  [/(儿童|孤儿|未成年|留守|困境少年|托育)/, 'child_welfare'],
  [/(养老|老年|老人|敬老|护理型床位|床位|失能|失智|居家.*照护|适老|助餐|颐养|长者)/, 'elderly_care'],
  [/(残疾|残障|精神障碍|康复)/, 'disability'],
  [/(低保|最低生活保障|特困|救助|救济|兜底|低收入|流浪|乞讨|医疗救助|临时救助|供养)/, 'social_assistance'],
  [/(社会组织|社团|民办非企业|基金会|行业协会|商会)/, 'social_organisations'],
  [/(社会工作|社工|志愿)/, 'social_work_volunteering'],
  [/(数字|信息化|智慧|一网通办|网上办|平台|数据)/, 'digital_services'],
  [/(社区|村委|村民|居民|居委|城乡社区|基层治理|网格|自治|议事|邻里)/, 'community_governance'],
];

function domainOfWords(words: string): Domain | null {
  for (const [re, domain] of DOMAIN_WORDS) if (re.test(words)) return domain;
  return null;
}

/** The domain of a value named `name` (in its quote) under `heading`; `other` when no word says. */
export function proposeDomain(name: string, quote: string, heading: string): Domain {
  return domainOfWords(name) ?? domainOfWords(quote) ?? domainOfWords(heading) ?? 'other';
}
