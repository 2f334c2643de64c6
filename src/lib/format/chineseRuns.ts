// English fields in the data sometimes keep a Chinese word from the document: the lost-character
// cemetery "龙□", a term in quotes. On English pages such words must sit in an element with
// lang="zh-CN" (screen readers, fonts, the i18n test). chineseRuns splits a text into Chinese
// runs and the rest (pure, small: the map island uses it too; chineseSvg.ts marks rendered charts).

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
// CJK punctuation, fullwidth forms and the lost-character box (□) inside Chinese phrases.
const MARKS = '\\u3000-\\u303f\\uff00-\\uffef\\u25a1';
const RUN = new RegExp(`[${HAN}](?:[${HAN}${MARKS}0-9]*[${HAN}${MARKS}])?`, 'gu');
const HAS_HAN = new RegExp(`[${HAN}]`, 'u');

export interface TextRun {
  text: string;
  /** A run of Chinese. */
  zh: boolean;
}

/** The text as runs of Chinese and of everything else, in order; joined they give the text back. */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}

export const hasChinese = (text: string): boolean => HAS_HAN.test(text);
