// Every number a cleaned text writes, with where it stands. This only finds and parses; whether
// a number is data (and what it means) is decided by skipRules.ts and propose.ts.
import { parseChineseNumeral } from '../data/writtenNumbers';

export interface FoundNumber {
  /** Offsets of the number as written in the text: digits or numerals, a 万/亿 scale and a %/‰ sign. */
  start: number;
  end: number;
  text: string;
  /** The number before any 万/亿 scale: 1.5 in "1.5万". */
  digits: number;
  /** The 万/亿 scale written after the digits (1 when none). */
  scale: number;
  /** digits × scale. */
  value: number;
  sign: '%' | '‰' | '';
  script: 'arabic' | 'chinese';
  /** One end of a range written "30%—40%" or "10-15个". */
  range?: 'low' | 'high';
  /** One half of a pair written "60/50" (two values of one cell, e.g. city/county). */
  pair?: 'first' | 'second';
  /** A plan's ordinal written "十四五" (the 14th five-year plan): found so that it can be skipped with a reason. */
  planName?: boolean;
}

// Thousands separators only with exact groups of three ("12,345"); a comma before other digit
// counts is clause punctuation in the cleaned texts ("达到100,建成…").
// "3万1千" is one number (a chain of scales), as writtenNumbers.ts reads it.
const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[万亿萬億](?:\d+(?:\.\d+)?[千百](?=[^\d]|$))?)?[%‰％]?/g;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/g;
const NUMERAL_DIGIT = /[一二两三四五六七八九十]/;
/** Classifiers and units after which a single Chinese numeral is a count ("十家", "两个", "五项"). */
const CLASSIFIER = /^[个家项名人张所类次条件套座处支户对位种级大倍成岁批]/;
// Template placeholders: "X元", "X.X万元", "9596.X万元", "X.20万元", "XX区". A number touching one is not a number.
/** A numeral as a label: 第一…, (一), （二）, 一是, 一、 */
const isLabel = (prev: string, next: string) => prev === '第' || (/[(（]/.test(prev) && /[)）]/.test(next)) || next === '是' || next === '、';
const PLACEHOLDER = /[XxＸ×]/;
const RANGE_BETWEEN = /^\s*[—–\-~～至到]{1,2}\s*$/;

function parseArabic(written: string): { digits: number; scale: number; sign: FoundNumber['sign'] } {
  const chain = /^([\d.]+)[万萬](\d+(?:\.\d+)?)([千百])/.exec(written);
  if (chain) return { digits: Number(chain[1]) * 1e4 + Number(chain[2]) * (chain[3] === '千' ? 1e3 : 100), scale: 1, sign: '' };
  const sign = /[%％]$/.test(written) ? '%' : written.endsWith('‰') ? '‰' : '';
  const scale = /[亿億]/.test(written) ? 1e8 : /[万萬]/.test(written) ? 1e4 : 1;
  const digits = Number(written.replace(/[,\s万亿萬億%‰％]/g, ''));
  return { digits, scale, sign };
}

function touchesPlaceholder(text: string, start: number, end: number): boolean {
  const at = (i: number) => text[i] ?? '';
  const before = PLACEHOLDER.test(at(start - 1)) || (at(start - 1) === '.' && PLACEHOLDER.test(at(start - 2)));
  const after = PLACEHOLDER.test(at(end)) || (at(end) === '.' && PLACEHOLDER.test(at(end + 1)));
  return before || after;
}

/** Every number in `text`, in order, with ranges and pairs marked. Placeholders (X, XX) give none. */
export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index ?? 0;
    const written = m[0];
    // "2019.5" reads as a number here; a date rule decides later.
    const end = start + written.length;
    if (touchesPlaceholder(text, start, end)) continue;
    const { digits, scale, sign } = parseArabic(written);
    if (!Number.isFinite(digits)) continue;
    out.push({ start, end, text: written, digits, scale, value: digits * scale, sign, script: 'arabic' });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(CHINESE)) {
    const start = m.index ?? 0;
    const run = m[0];
    if (taken.some(([a, b]) => start < b && start + run.length > a)) continue;
    // A scale after Arabic digits and 多/余 belongs to the unit ("1100多万元").
    if (/[0-9多余几]/.test(text[start - 1] ?? '') && /^[万亿千百十]/.test(run)) continue;
    if (!NUMERAL_DIGIT.test(run[0]!)) continue; // 万千, 千万家: words, not numbers
    // 十四五 = the 14th five-year plan (十五 alone is fifteen).
    const planOrdinal = /^(十[一二三四五六七八九])五$/.exec(run);
    if (planOrdinal) {
      const n = parseChineseNumeral(planOrdinal[1]!)!;
      out.push({ start, end: start + run.length, text: run, digits: n, scale: 1, value: n, sign: '', script: 'chinese', planName: true });
      continue;
    }
    const value = parseChineseNumeral(run);
    if (value === null) continue;
    // One numeral alone is a number only as a count ("十家", "两个"); in words (统一, 进一步, 一体化) it is not.
    // Labels (第一, (一), 一是, 一、) are found too, so that they are listed as skipped; 一次性 is a word.
    if (run.length === 1 && (!CLASSIFIER.test(text.slice(start + 1)) || text.startsWith('次性', start + 1)) && !isLabel(text[start - 1] ?? '', text[start + 1] ?? '')) continue;
    const sign = text[start + run.length] === '%' ? '%' : '';
    const end = start + run.length + sign.length;
    out.push({ start, end, text: text.slice(start, end), digits: value, scale: 1, value, sign, script: 'chinese' });
  }
  out.sort((a, b) => a.start - b.start);
  markRangesAndPairs(text, out);
  return out;
}

/** Marks "A—B" (a range) and "A/B" (a pair of values) between neighbouring numbers. */
function markRangesAndPairs(text: string, numbers: FoundNumber[]): void {
  for (let i = 0; i + 1 < numbers.length; i += 1) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    const between = text.slice(a.end, b.start);
    if (a.script === 'arabic' && b.script === 'arabic' && between === '/' && !a.sign === !b.sign) {
      a.pair = 'first';
      b.pair = 'second';
    } else if (RANGE_BETWEEN.test(between) && a.script === b.script && (!a.sign || b.sign)) {
      a.range = 'low';
      b.range = 'high';
    }
  }
}
