/**
 * What marks a line as the document's own content, whatever else it looks like. The page-chrome,
 * preamble and title rules never drop such a line.
 */

const HAN = /\p{Script=Han}/u;

/** 第一章 第二节 第三条 · 一、 · (一) · 1. 1、 1.2 · ① · 一是 — a heading or list item of the document. */
const NUMBERED_HEADING =
  /^(?:第[一二三四五六七八九十百零〇两\d]+[章节条部分篇编]|[一二三四五六七八九十]{1,3}\s*[、.．]|[((]\s*[一二三四五六七八九十\d]{1,3}\s*[))]|\d{1,3}(?:\.\d{1,3})*\s*[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}是)/u;

/** Punctuation that ends a sentence. */
export const SENTENCE_END = /[。!?!?]/;

/** A numbered heading or list item with text after its number. */
export function isNumberedHeading(line: string): boolean {
  const m = NUMBERED_HEADING.exec(line);
  return m !== null && HAN.test(line.slice(m[0].length));
}

/** A sentence of running text: it has sentence-ending punctuation and some length. */
export function isSentence(line: string): boolean {
  return SENTENCE_END.test(line) && [...line.matchAll(/\p{Script=Han}/gu)].length >= 10;
}

/** A row of a pipe table that holds figures. */
export function isTableRowWithFigures(line: string): boolean {
  return line.split('|').filter((c) => c.trim() !== '').length >= 2 && /\d/.test(line);
}

/** Any of the above: a line that is certainly part of the document. */
export function isContentLine(line: string): boolean {
  return isNumberedHeading(line) || isSentence(line);
}
