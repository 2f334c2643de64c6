import * as OpenCC from 'opencc-js';

/**
 * 著 and 着 in Traditional texts.
 *
 * Taiwan-style Traditional (and the Simplified→Traditional converters of mirror sites)
 * writes one character, 著, for two words: zhù "to write; marked" (著名, 显著, 著作) and the
 * aspect particle and verb zhe/zhuó (随着, 着力, 意味着). Mainland Simplified keeps 著 only
 * for the first and writes 着 for the second. OpenCC's generic Traditional → Simplified step
 * (t → cn) treats every 著 as zhù, so 随著 would stay 随著.
 *
 * This step runs on the Traditional text before that conversion: 著 becomes 着 unless it is
 * part of a zhù word. The zhù words are OpenCC's own Taiwan phrase exceptions (the 著 entries of
 * TWVariantsRevPhrases, which tw → cn uses) plus the common zhù words that list lacks.
 * The word list is general Chinese vocabulary, not any one document's wording.
 */

/** zhù words missing from OpenCC's Taiwan phrase list (Traditional spelling); 著名, 著作, 顯著, 名著… are in it. */
export const ZHU_WORDS: readonly string[] = [
  '卓著', '編著', '原著', '土著', '論著', '專著', '拙著', '遺著', '譯著', '新著', '舊著', '大著', '力著',
  '彰明較著',
];

/** The 著 entries of OpenCC's Taiwan → standard phrase list, restricted to changes of 著 alone. */
function openccZheEntries(): [string, string][] {
  const entries: [string, string][] = [];
  for (const group of OpenCC.Locale.from['tw'] ?? []) {
    for (const dict of group) {
      const pairs: (readonly [string, string])[] =
        typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : [...dict];
      for (const [from, to] of pairs) {
        if (!from || !to || from.length < 2 || !from.includes('著') || [...from].length !== [...to].length) continue;
        const a = [...from];
        const b = [...to];
        // Only entries that change 著 (to 着) or keep it; nothing else may change here.
        if (a.every((c, i) => c === b[i] || (c === '著' && b[i] === '着'))) entries.push([from, to]);
      }
    }
  }
  return entries;
}

let convert: ((s: string) => string) | null = null;

/** Traditional text in, the same text with particle 著 written 着 (zhù words keep 著). */
export function writeParticleZhe(text: string): string {
  if (!text.includes('著')) return text;
  convert ??= OpenCC.CustomConverter([
    ...openccZheEntries(),
    ...ZHU_WORDS.map((w): [string, string] => [w, w]),
    ['著', '着'],
  ]);
  return convert(text);
}
