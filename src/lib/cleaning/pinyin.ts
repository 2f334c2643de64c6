// The mirror site annotates characters whose simplified→traditional mapping is
// ambiguous with their pinyin, e.g. `發(fā)展`. An annotation is a parenthesised run
// of lowercase pinyin letters (with tone marks) directly after a Han character.
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const ANNOTATION = new RegExp(`(?<=[${HAN}])\\((?=[${PINYIN_LETTERS}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[${PINYIN_LETTERS}]+\\)`, 'gu');

/** Removes pinyin annotations such as `(fā)` that follow a Han character. */
export function removePinyinAnnotations(text: string): string {
  return text.replace(ANNOTATION, '');
}

/** Counts the annotations `removePinyinAnnotations` would remove. */
export function countPinyinAnnotations(text: string): number {
  return text.match(ANNOTATION)?.length ?? 0;
}
