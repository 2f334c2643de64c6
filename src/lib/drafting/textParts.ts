// Clauses, sentences and sections of a cleaned text: the spans a drafted value's quote, name,
// year and kind are read from.

/** Punctuation that ends a clause (and a table cell border, a line end). */
export const CLAUSE_END = /[,，。;；:：!！?？\n|]/;
/** Punctuation that ends a sentence. */
export const SENTENCE_END = /[。;；!！?？\n]/;

/** [start, end) of the span around offset `at` bounded by characters matching `end`. */
export function spanAround(text: string, from: number, to: number, end: RegExp): [number, number] {
  let a = from;
  while (a > 0 && !end.test(text[a - 1]!)) a -= 1;
  let b = to;
  while (b < text.length && !end.test(text[b]!)) b += 1;
  // A sentence keeps its closing 。 so that the quote reads as written.
  if (b < text.length && /[。;；!！?？]/.test(text[b]!) && end === SENTENCE_END) b += 1;
  return [a, b];
}

export const clauseAround = (text: string, from: number, to: number) => spanAround(text, from, to, CLAUSE_END);
export const sentenceAround = (text: string, from: number, to: number) => spanAround(text, from, to, SENTENCE_END);

export type Section = 'review' | 'plan' | 'none';

// Top-level headings only (第一章, 一、, 表1, a title line); a sub-heading (1、, (一)) does not turn a
// review into a plan. Review words are read first: "“十三五”重要指标完成情况" is a review.
const TOP_HEADING = /^\s*(第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+[、.．]|表\s*\d)/;
const REVIEW_WORDS = /(回顾|现实基础|发展基础|发展现状|基本情况|成就|成效|总结|完成情况|主要成绩|取得)/;
const PLAN_WORDS = /(思路|计划|打算|要点|目标|任务|指导思想|举措|安排|展望|重点工作|措施|规划)/;

/** The section (review of the past, or plan) each line of the text is in, by its top-level headings. */
export function sectionsOf(text: string): Section[] {
  const out: Section[] = [];
  let current: Section = 'none';
  for (const line of text.split('\n')) {
    const heading = line.length <= 40 && !line.includes(' | ') && !/[。]/.test(line.slice(0, -1)) && TOP_HEADING.test(line);
    if (heading) {
      if (REVIEW_WORDS.test(line)) current = 'review';
      else if (PLAN_WORDS.test(line) || /第[一二三四五六七八九十]+章/.test(line)) current = 'plan';
    }
    out.push(current);
  }
  return out;
}

/** The 1-based line number of offset `at`. */
export function lineNumberAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

// A heading of any level: 第一章, 一、, (一), 1., 表1 — or the start of a numbered paragraph whose
// first clause names its topic ("(三)健全养老服务体系。…").
const ANY_HEADING = /^\s*(第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d)|表\s*\d)/;

/** For each line, the nearest heading at or above it (its first clause, up to 40 characters), '' before the first. */
export function headingsOf(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (ANY_HEADING.test(line)) current = line.split(/[。;；:：]/)[0]!.slice(0, 40);
    out.push(current);
  }
  return out;
}
