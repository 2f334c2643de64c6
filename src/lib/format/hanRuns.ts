// English texts in the data (notes, a few names) quote Chinese words from the documents:
// "社会工作师", "跨省通办". On English pages those words must carry lang="zh-CN" so screen
// readers and fonts treat them as Chinese. hanRuns splits a text into Chinese and other runs.

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
// CJK punctuation, fullwidth forms and the lost-character box (□) that sit inside Chinese phrases.
const CJK_MARKS = '\\u3000-\\u303f\\uff00-\\uffef\\u25a1…·—';
// A run starts with any digits that lead into a Han character ("2021年"), and goes on through
// Han characters, Chinese punctuation, digits and the ASCII punctuation the cleaned texts use
// inside Chinese ("乡镇(街道)"); it ends on a Han character or Chinese punctuation.
const RUN = new RegExp(`[0-9.]*[${HAN}](?:[${HAN}${CJK_MARKS}0-9.%,;:()]*[${HAN}${CJK_MARKS}])?`, 'gu');

export interface TextRun {
  text: string;
  /** True for a run of Chinese. */
  zh: boolean;
}

/** The text split into runs of Chinese and of everything else, in order; joined they give the text back. */
export function hanRuns(text: string): TextRun[] {
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

const HAS_HAN = new RegExp(`[${HAN}]`, 'u');
/** Whether a text has any Chinese character. */
export const hasChinese = (text: string): boolean => HAS_HAN.test(text);
