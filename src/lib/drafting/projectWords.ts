// The words a plan uses for a building project: which facility it names, what kind of work is
// done on it (nature), which field it serves (category), whether a place name is a real place,
// and who carries it out. Word lists of Chinese civil-affairs writing, never one document's.
import type { NATURES, PROJECT_CATEGORIES } from '../data/vocabulary';
import { nationalRegions } from '../regions/nationalRegions';

export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
export type ProjectNature = (typeof NATURES)[number];

/** Nouns a facility's name ends with (养老服务中心, 福利院, 陵园, 救助管理站, 示范点). */
export const FACILITY_NOUN = '(?:综合体|服务中心|中心|福利院|敬老院|护理院|医院|院|陵园|公墓|墓园|园|驿站|站|馆|公寓|基地|食堂|小镇|公祠|大楼|楼|示范点|服务点)';
const ENDS_AS_FACILITY = new RegExp(`${FACILITY_NOUN}$`);
/** A project's own name: a facility, or a work named 项目/工程 (茅山颐园医养小镇二期项目). */
const ENDS_AS_PROJECT = /(项目|工程)$/;

/** True when a name is a building or a construction work, not a programme (最低生活保障, 社区社会组织培育). */
export function namesConstruction(name: string): boolean {
  const bare = name.replace(/[(（][^()（）]*[)）]$/, '').replace(/(一|二|三|四|1|2|3|4)期$/, '');
  return ENDS_AS_FACILITY.test(bare) || ENDS_AS_PROJECT.test(bare);
}

// Stronger works first: a relocation often also builds anew, an expansion also renovates.
const NATURE_WORDS: [ProjectNature, RegExp][] = [
  ['relocation', /迁建|搬迁|迁址|异地|搬入/],
  ['expansion', /扩建/],
  ['renovation', /改建|改造|修缮|装修|维修|翻新|提升改造|改造提升/],
  ['new', /新建|建设|建成|兴建|续建/],
];

/** The nature the words name (新建 new, 扩建/改扩建 expansion, 改建/改造/修缮 renovation, 迁建/搬迁 relocation), or null. */
export function natureOfWords(words: string): ProjectNature | null {
  return NATURE_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

// Checked in this order on one text (a name, then a category cell, then the description): a
// rescue station for minors is social assistance before child welfare; a community elderly-care
// centre is elderly care before community; a community social organisation is an organisation.
const CATEGORY_WORDS: [ProjectCategory, RegExp][] = [
  ['funeral', /殡|葬|墓|陵园|骨灰|公祠|祭扫/],
  ['social_assistance', /救助|低保|最低生活|流浪|乞讨/],
  ['child_welfare', /儿童|未成年|孤儿/],
  ['disability', /残疾|精神障碍|康复辅助/],
  ['social_work', /社会工作|社工/],
  ['social_organisations', /社会组织|慈善|公益|志愿/],
  ['elderly_care', /养老|敬老|老年|老人|颐养|医养|护理院|福利院|福利中心|为老|长者|失能|失智|康养|适老/],
  ['community', /社区|邻里|党群|村民/],
];

/** The category the first text that names one proposes (texts from the most to the least specific), else other. */
export function categoryOfWords(texts: readonly string[]): ProjectCategory {
  for (const t of texts) {
    const hit = CATEGORY_WORDS.find(([, pattern]) => pattern.test(t));
    if (hit) return hit[0];
  }
  return 'other';
}

/** Words that stand for many or any places (城乡, 乡镇, 各, 全市, 我县), never one real place. */
const GENERIC_PLACE = /^(各|全|本|每|我|所有|城乡|乡镇|城镇|农村|城市|基层|村|社区|镇|乡|街道|一批|多个|部分|若干|新一轮)/;
/** A bare 市/县/区 ("the city's": 市殡仪馆, 区救助管理站), not the start of 市县, 县乡, 区域. */
const BARE_PLACE = /^[市县区](?![市县区乡镇村场域])/;
const ZONE_PREFIX = /^[\u4e00-\u9fff]{0,4}?(?:经开区|高新区|开发区|新区)/;
/** Towns, streets, villages and communities are not in the national reference: two to four characters and the generic. */
const LOCAL_PREFIX = /^[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|村|社区)/;

let divisionNames: Set<string> | undefined;
/** Names of every province, prefecture and county of the national reference (三门县, 北仑区, 溧阳市). */
const isDivisionName = (s: string) => (divisionNames ??= new Set(nationalRegions().map((r) => r.name_zh))).has(s);

/** True when a facility name begins with a real place, so it names one building, not a kind of building. */
export function startsWithPlace(name: string): boolean {
  if (GENERIC_PLACE.test(name)) return false;
  if (BARE_PLACE.test(name) || ZONE_PREFIX.test(name)) return true;
  const local = LOCAL_PREFIX.exec(name)?.[0];
  if (local && !/农村|城乡|乡镇|城镇|城市|区域/.test(local)) return true;
  for (let k = 2; k <= Math.min(10, name.length - 1); k += 1) if (isDivisionName(name.slice(0, k))) return true;
  return false;
}

/** A name that is only a place (洪桥镇, 画溪街道, 经开区): an item of a list of places sharing one facility. */
export const PLACE_ONLY = /^[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|街道|村|社区)$/;

const GENERIC_TOWNSHIP = /^(城|乡|城乡|农村|各|全|本|每|所有|村|乡镇|城镇)/;

/**
 * The township (镇, 乡, 街道) a place or name writes, without the county before it: 三门县海润街道朝阳路
 * → 海润街道. A county's 市/县/区 is cut only when two or more characters follow it, so 新市镇 and
 * 邹区镇 keep theirs.
 */
export function townshipIn(place: string): string | null {
  for (const m of place.matchAll(/(?:^|[,，、(（\s])([\u4e00-\u9fff]{2,14}?(?:街道|镇|乡))(?![镇村区])/g)) {
    const run = m[1]!;
    const suffixAt = run.length - (run.endsWith('街道') ? 2 : 1);
    let cut = 0;
    for (let j = suffixAt - 3; j >= 0; j -= 1) {
      if (/[省市县区]/.test(run[j]!)) {
        cut = j + 1;
        break;
      }
    }
    const name = run.slice(cut);
    if (!GENERIC_TOWNSHIP.test(name)) return name;
  }
  return null;
}

/** Suffixes that end an organisation's name: a table cell after one begins the next organisation. */
const ORGANISATION_END = /(局|政府|公司|中心|院|站|馆|会|委|办|所|部|集团|单位)$/;

/** An implementer's name from the pieces a wrapped table cell was cut into: 常州新瑞建设 + 有限公司, then 、 between organisations. */
export function joinOrganisations(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces.filter((p) => p !== '')) out += out === '' ? piece : ORGANISATION_END.test(out) ? `、${piece}` : piece;
  return out;
}
