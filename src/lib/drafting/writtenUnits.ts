// The unit a number is written with, as a unit code of src/lib/data/units.ts. Only the
// characters after the number decide (or a table row's unit cell); a denominator written
// before it (每万名老年人…张) turns a count into a rate.
import type { UnitCode } from '../data/units';

/** Written units, longest first where one begins another (人次 before 人, 万元 before 元). */
const WRITTEN: readonly [string, UnitCode | null][] = [
  ['元/人·月', 'yuan_per_person_month'], ['元/月·人', 'yuan_per_person_month'], ['元/人/月', 'yuan_per_person_month'],
  ['元/月/人', 'yuan_per_person_month'], ['元/人月', 'yuan_per_person_month'], ['元/月', 'yuan_per_person_month'],
  ['元/人·年', 'yuan_per_person_year'], ['元/年·人', 'yuan_per_person_year'], ['元/人/年', 'yuan_per_person_year'],
  ['元/年', 'yuan_per_person_year'], ['元/人', 'yuan'],
  ['万元', 'wan_yuan'], ['萬元', 'wan_yuan'], ['亿元', 'yi_yuan'], ['億元', 'yi_yuan'], ['元', 'yuan'],
  ['平方米', 'square_metres'], ['平方', 'square_metres'], ['㎡', 'square_metres'],
  ['张/千名老年人', 'beds_per_1000_elderly'], ['张/万名老年人', 'beds_per_10000_elderly'],
  ['人/万人', 'persons_per_10000'], ['个/万人', 'organisations_per_10000'],
  ['人次', 'person_times'], ['个工作日', 'working_days'], ['个项目', 'projects'], ['个村', 'villages'], ['个社区', 'communities'],
  ['周岁', 'years_of_age'], ['岁', 'years_of_age'], ['歲', 'years_of_age'],
  ['人', 'persons'], ['名', 'persons'], ['位', 'persons'], ['户', 'households'], ['戶', 'households'], ['对', 'couples'],
  ['项', 'items'], ['個', 'facilities'], ['个', 'facilities'], ['所', 'facilities'], ['处', 'facilities'], ['座', 'facilities'],
  ['家', 'organisations'], ['张', 'beds'], ['張', 'beds'], ['穴', 'graves'], ['次', 'times'], ['倍', 'multiple'],
  // Written units with no code in the vocabulary: kept as written so the curator sees them.
  ['场次', 'times'], ['套', 'items'], ['块', 'items'], ['件', 'items'], ['类', 'items'], ['份', 'items'], ['条', 'items'],
  ['杆', 'items'], ['种', 'items'], ['支', 'items'], ['批', 'items'], ['期', 'items'],
  // Written units with no code in the vocabulary: kept in value_text, unit left for the curator.
  ['亩', null], ['公里', null], ['分钟', null], ['小时', null], ['天', null],
];

/** Head nouns of counted phrases and the count unit each takes (curators' usage). */
const HEAD_NOUNS: readonly [RegExp, UnitCode][] = [
  [/床位?/g, 'beds'],
  [/(墓穴|坟墓|地墓|(?<!公)墓|穴|骨灰盒)/g, 'graves'],
  [/(社会组织|组织|企业|协会|商会|基金会|公司|单位|医院|社会团体|民非|联合体)/g, 'organisations'],
  [/(项目|工程)/g, 'projects'],
  [/(中心|服务站|站|室|之家|场所|基地|园区|园|院|馆|机构|食堂|设施|驿站|点|用房|平台|综合体|公墓)/g, 'facilities'],
  [/社区/g, 'communities'],
  [/(行政村|村)/g, 'villages'],
  [/(人才|人员|老人|老年人|儿童|志愿者|社工|护理员|工作者)/g, 'persons'],
];

export interface WrittenUnit {
  /** The unit as written right after the number (and its 多/余), '' when none. */
  written: string;
  /** Its code, or null when the vocabulary has none (or nothing is written). */
  unit: UnitCode | null;
}

/** The unit written at the start of `after` (the text right after a number and its 多/余; a space may stand between: "11 家"). */
export function unitWrittenAt(after: string): WrittenUnit {
  const space = /^[ \u3000]?/.exec(after)![0];
  for (const [written, unit] of WRITTEN) if (after.startsWith(written, space.length)) return { written: space + written, unit };
  return { written: '', unit: null };
}

/**
 * A classifier says little of what is counted (个 counts centres, villages, projects and
 * badges): the head noun of the counted phrase decides between the count units, as curators
 * do. The phrase is the words after the number ("80个…睦邻点"), or before it when none follow
 * ("村级避灾场所233家"); a Chinese noun phrase ends with its head.
 */
export function unitOfNoun(unit: UnitCode | null, written: string, before: string, after: string, scale: number): UnitCode | null {
  if (unit === null && scale === 1e4 && /[资金费款补助]/.test(before + after)) return 'wan_yuan'; // "获得15万的资助"
  if (unit === 'yuan' && /(每人每月|每月每人|人均每月|月人均|每人月|月低保)/.test(before)) return 'yuan_per_person_month';
  if (unit === 'yuan' && /(每人每年|每年每人|人均每年|年人均|每人年)/.test(before)) return 'yuan_per_person_year';
  // Only general classifiers (个, 家, 张, 座, 所, 处) or none leave the choice to the noun; 项, 件, 份 count items.
  const counts: readonly (UnitCode | null)[] = ['facilities', 'organisations', 'beds', 'items', null];
  if (!counts.includes(unit) || !/^\s*([个家张座所处個張]|)$/.test(written)) return unit;
  const clean = (t: string) => t.replace(/[“”"‘’\s]|[(（][^()（）]*[)）]/g, '');
  const phrase = /[\u4e00-\u9fff]{2}/.test(clean(after)) ? clean(after).slice(0, 14) : clean(before);
  if (unit === null && !/[\u4e00-\u9fff]/.test(phrase)) return null;
  // The head is the noun that ends last among those in the phrase ("社区综合服务中心" is a centre).
  let best: [number, UnitCode] | null = null;
  for (const [pattern, code] of HEAD_NOUNS) {
    for (const m of phrase.matchAll(pattern)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!best || end > best[0]) best = [end, code];
    }
  }
  // 床 decides beds only for 张 (or a table's bare count); persons only when no unit is written.
  if (best && !(best[1] === 'beds' && unit !== 'beds' && unit !== null) && !(best[1] === 'persons' && unit !== null)) return best[1];
  if (unit === 'beds') return 'items';
  return unit === 'facilities' ? 'items' : unit;
}

/** A unit written alone, e.g. a table's "(元/月·人)" or a unit cell "%". */
export function unitOfCell(cell: string): UnitCode | null {
  const t = cell.replace(/^[(（]|[)）]$/g, '').replace(/\s+/g, '');
  if (t === '%' || t === '％') return 'percent';
  if (t === '‰') return 'per_mille';
  const hit = WRITTEN.find(([w]) => w === t);
  return hit ? hit[1] : null;
}

/**
 * Counts written under a denominator are rates: 每万名老年人…22张, 每千名老年人拥有…床位数(张),
 * 每万人拥有…社会组织(个). A growth clause (年均增长, 增幅) makes a percent a growth rate.
 */
export function adjustForContext(unit: UnitCode | null, before: string): UnitCode | null {
  const elderly10k = /每?万名?老年人/.test(before);
  const elderly1k = /每?千名?老(年)?人/.test(before);
  const people10k = /(每万人|万人拥有|每万名(城镇)?(常住)?人口|每万(城镇)?(常住)?人口)/.test(before);
  if (unit === 'beds' && elderly1k) return 'beds_per_1000_elderly';
  if (unit === 'beds' && elderly10k) return 'beds_per_10000_elderly';
  if (unit === 'persons' && elderly10k) return 'persons_per_10000_elderly';
  if (unit === 'persons' && people10k) return 'persons_per_10000';
  if ((unit === 'facilities' || unit === 'organisations') && people10k) return 'organisations_per_10000';
  if (unit === 'percent' && /(增长|增幅|增速|年均增)[^,，。;；]*$/.test(before)) return 'percent_growth';
  return unit;
}
