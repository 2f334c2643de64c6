// The name a page shows in its edition. A drafted row accepted before anyone translated it keeps the
// drafter's "(to translate)" in name_en (the data says so, and the downloads carry it as written);
// the English pages show the Chinese name, marked, rather than the placeholder.
/** What a drafted row's English name says until a person translates it. */
export const NAME_EN_MARKER = '(to translate)';

export const NOT_YET_TRANSLATED = '(not yet translated)';

export function localName(x: { name_zh: string; name_en: string }, zh: boolean): string {
  if (zh) return x.name_zh;
  return x.name_en.trim() === NAME_EN_MARKER || x.name_en.trim() === '' ? `${x.name_zh} ${NOT_YET_TRANSLATED}` : x.name_en;
}
