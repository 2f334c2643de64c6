import { pinyin } from 'pinyin-pro';

/**
 * The generic part of a Chinese place name and its English, longest first so
 * 自治县 wins over 县. The proper part is romanised in pinyin, the generic part
 * translated: 兴化市 → "Xinghua City", 海陵区 → "Hailing District".
 */
const GENERICS: readonly (readonly [string, string])[] = [
  ['自治县', 'Autonomous County'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治区', 'Autonomous Region'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['地区', 'Prefecture'],
  ['县', 'County'],
  ['市', 'City'],
  ['区', 'District'],
  ['旗', 'Banner'],
  ['盟', 'League'],
  ['省', 'Province'],
];

/** Pinyin written as one word, capitalised, with an apostrophe where a syllable starting with a, o or e would run into the one before (Xi'an). */
export function pinyinWord(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase());
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * An English name for a Chinese place that has none in the data: our
 * romanisation, which a reader should take as a reading aid, not an official
 * name (pinyin of characters with several readings may differ from local usage).
 * Ethnic names before an autonomous generic stay in pinyin (景宁畲族自治县 → "Jingning She Autonomous County").
 */
export function placeNameEn(nameZh: string, opts: { district?: boolean } = {}): string {
  const name = nameZh.trim();
  // The longest generic that leaves a proper name of two characters or more: 神农架林区 is a forestry
  // district, but 碑林区 is Beilin District and 清新区 Qingxin District (one character is too short a
  // name). A one-character name keeps the generic it has (沛县).
  // A city district's generic is 区 (or 新区): 万柏林区 is Wanbailin District, not a forestry district.
  const candidates = opts.district ? GENERICS.filter(([zh]) => zh === '区' || zh === '新区') : GENERICS;
  const fits = (minStem: number) => candidates.find(([zh]) => name.endsWith(zh) && name.length - zh.length >= minStem);
  const generic = fits(2) ?? fits(1);
  const stem = generic ? name.slice(0, -generic[0].length) : name;
  // "…族" before an autonomous generic names the people: romanised as a separate word without 族.
  const ethnic = generic?.[1].startsWith('Autonomous') ? /^(.{2,}?)((?:[\u4e00-\u9fff]{1,3}族)+)$/.exec(stem) : null;
  const proper = ethnic ? [pinyinWord(ethnic[1]!), ...ethnic[2]!.split('族').filter(Boolean).map(pinyinWord)].join(' ') : pinyinWord(stem);
  return generic ? `${proper} ${generic[1]}` : proper;
}
