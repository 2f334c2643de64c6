import type { Qualifier } from './qualifierCodes';
import { numbersInText } from './writtenNumbers';

// The one mapping from Chinese wording to a value's qualifier (eq, ge, le, about).
// The validator reads it from each value's quote (rules/qualifiers.ts); the data
// dictionary and the methodology page describe it from QUALIFIER_WORDING.
//
// Only words that touch the value's own number count. A word "touches" a number when
// it stands right before it (约3000, 逾2000) or right after it and its unit
// (95%以上, 30个左右, 1100多万元); a few unambiguous words may stand a little further
// before it in the same clause (不低于福利机构孤儿的80%, 至少建成1所). A word that
// belongs to another number (100万元以上产业基地30个: 以上 bounds 100万元, not 30) or
// to another clause does not count.

export type WordPlace = 'before' | 'after';

export interface WordingRule {
  word: string;
  qualifier: Qualifier;
  place: WordPlace;
  /**
   * `touching`: right beside the number (before it: nothing between; after it: only the
   * unit between, or for 多/余 nothing at all). `clause`: before the number, with up to
   * CLAUSE_REACH characters between, in the same clause and with no other number between.
   */
  reach: 'touching' | 'clause';
}

const rule = (qualifier: Qualifier, place: WordPlace, reach: WordingRule['reach'], words: string[]): WordingRule[] =>
  words.map((word) => ({ word, qualifier, place, reach }));

/** Every word that sets a qualifier, longest first within each place (不低于 before 低于). */
export const QUALIFIER_WORDING: readonly WordingRule[] = [
  ...rule('ge', 'before', 'clause', ['不低于', '不少于', '不小于', '至少', '超过', '突破', '高于']),
  ...rule('ge', 'before', 'touching', ['逾']),
  ...rule('ge', 'after', 'touching', ['以上', '多', '余']),
  ...rule('le', 'before', 'clause', ['不高于', '不超过', '不大于', '至多', '低于']),
  ...rule('le', 'after', 'touching', ['以下', '以内']),
  ...rule('about', 'before', 'clause', ['大约', '将近', '大概']),
  ...rule('about', 'before', 'touching', ['约', '近']),
  ...rule('about', 'after', 'touching', ['左右', '上下']),
].sort((a, b) => b.word.length - a.word.length);

// 多 and 余 are read apart: only right after the numerals, never after a unit (3个多元 is not "more than 3").
const AFTER_WORDS = QUALIFIER_WORDING.filter((x) => x.place === 'after' && x.word !== '多' && x.word !== '余');

/** The words of one qualifier, for the dictionary and the methodology page. */
export function wordsFor(qualifier: Qualifier): string[] {
  return QUALIFIER_WORDING.filter((r) => r.qualifier === qualifier).map((r) => r.word);
}

/** How far before the number a `clause` word may stand ("不低于福利机构孤儿的80%": 7 characters between). */
export const CLAUSE_REACH = 8;
/** How long a unit between a number and the word after it may be ("个工作日以上", "平方米左右"). */
export const UNIT_REACH = 4;
/** Signs that join the two ends of a range written "30%—40%" or "10-15个工作日". */
export const RANGE_SIGNS = ['—', '–', '-', '~', '～', '至', '到'] as const;

// A clause ends at punctuation, a table cell border or a line end; a word beyond it is about something else.
const CLAUSE_END = /[,，。;；:：、|()（）“”"‘’'!！?？\n]/;
const DIGIT = /[0-9]/;
// Characters a unit may have: anything but a clause end, a digit, a space or a range sign.
const UNIT_CHAR = /[^,，。;；:：、|()（）“”"‘’'!！?？\n0-9\s—–\-~～至到]/;
// 约 and 近 alone are part of many words: 签约, 预约, 节约, 制约 … 最近, 附近, 接近 (接近 is close to "about", but not written as a bound).
const NOT_AFTER: Record<string, RegExp> = { 约: /[签预节制合条公邀践履违特相大隐]/, 近: /[最附接临邻靠将贴亲]/ };
const NUMBER = /\d+(?:\.\d+)?(?:[万亿千](?:\d+(?:\.\d+)?[万亿千]?)*)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const RANGE_AFTER = new RegExp(`^[%‰]?\\s*[${RANGE_SIGNS.join('').replace('-', '\\-')}]\\s*[0-9]`);
const RANGE_BEFORE = new RegExp(`[0-9][%‰]?\\s*[${RANGE_SIGNS.join('').replace('-', '\\-')}]\\s*$`);

/** A word found beside the value's number, with the qualifier it means. */
export interface FoundWord {
  word: string;
  qualifier: Qualifier;
}

export interface WordingReading {
  /** The qualifier the wording means: eq when no word touches the number; null when the words disagree. */
  qualifier: Qualifier | null;
  /** The words found (empty for eq). A range end is shown as its sign, e.g. "—". */
  found: FoundWord[];
  /** True when value_text stands more than once in the quote with different wording around it. */
  ambiguous: boolean;
  /** False when value_text does not stand whole in the quote (nothing was read; the quote rules report it). */
  placed: boolean;
}

interface Token { at: number; text: string }

/** The numbers in `text`, with where they start (Arabic chains first; a Chinese run inside one is skipped). */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // A scale character after numerals and 多/余 is the unit's (1100多万元), not a number; 近千 is one.
    if (/^[万亿千百十]$/.test(m[0]) && /[0-9多余几]/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
    out.push({ at: m.index ?? 0, text: m[0] });
  }
  return out;
}

/** The words around one number that stands at [start, end) of the quote. */
function wordsAround(quote: string, start: number, end: number): FoundWord[] {
  const found: FoundWord[] = [];
  // Before: the clause back to punctuation or another number.
  let from = start;
  while (from > 0 && !CLAUSE_END.test(quote[from - 1]!) && !DIGIT.test(quote[from - 1]!)) from -= 1;
  const before = quote.slice(from, start);
  const taken: [number, number][] = [];
  for (const r of QUALIFIER_WORDING.filter((x) => x.place === 'before')) {
    for (let i = before.indexOf(r.word); i >= 0; i = before.indexOf(r.word, i + 1)) {
      const j = i + r.word.length;
      if (taken.some(([a, b]) => i < b && j > a)) continue; // 低于 inside 不低于
      const gap = before.slice(j);
      const ok = r.reach === 'touching' ? /^\s*$/.test(gap) && !NOT_AFTER[r.word]?.test(before[i - 1] ?? quote[from - 1] ?? '') : gap.length <= CLAUSE_REACH;
      taken.push([i, j]);
      if (ok) found.push({ word: r.word, qualifier: r.qualifier });
    }
  }
  // After: 多/余 right after the numerals (1100多万元, 10余个), the other words after a short unit (95%以上, 30个左右).
  const next = quote[end] ?? '';
  if (next === '多' || next === '余') found.push({ word: next, qualifier: 'ge' });
  else {
    for (let u = end; u <= end + UNIT_REACH; u += 1) {
      const r = AFTER_WORDS.find((x) => quote.startsWith(x.word, u));
      if (r) {
        found.push({ word: r.word, qualifier: r.qualifier });
        break;
      }
      if (!UNIT_CHAR.test(quote[u] ?? '')) break;
    }
  }
  // A range: the lower end is a lower bound, the upper end an upper bound.
  const range = RANGE_AFTER.exec(quote.slice(end));
  if (range) found.push({ word: range[0].replace(/[%‰\s0-9]/g, ''), qualifier: 'ge' });
  const rangeBefore = RANGE_BEFORE.exec(quote.slice(Math.max(0, start - 4), start));
  if (rangeBefore) found.push({ word: rangeBefore[0].replace(/[%‰\s0-9]/g, ''), qualifier: 'le' });
  return found;
}

function decide(found: FoundWord[]): Qualifier | null {
  const qualifiers = new Set(found.map((f) => f.qualifier));
  if (qualifiers.size === 0) return 'eq';
  return qualifiers.size === 1 ? [...qualifiers][0]! : null;
}

/** Where value_text stands whole in the quote (not as part of a longer number). */
function occurrences(quote: string, valueText: string): number[] {
  const out: number[] = [];
  if (!valueText) return out;
  for (let at = quote.indexOf(valueText); at >= 0; at = quote.indexOf(valueText, at + 1)) {
    const cutBefore = DIGIT.test(valueText[0]!) && /[0-9.]/.test(quote[at - 1] ?? '');
    const cutAfter = DIGIT.test(valueText.at(-1)!) && /[0-9.万亿]/.test(quote[at + valueText.length] ?? '');
    if (!cutBefore && !cutAfter) out.push(at);
  }
  return out;
}

/**
 * What the wording around a value says about it. `value` picks the number in value_text that
 * states it ("100万元以上产业基地30个" with value 30 reads the words around 30); without it, or
 * when no number states it, every number in value_text is read. Every whole occurrence of
 * value_text in the quote is read; when they disagree the reading is `ambiguous`.
 */
export function readWording(valueText: string, quote: string, value?: number): WordingReading {
  const places = occurrences(quote, valueText);
  if (!places.length) return { qualifier: 'eq', found: [], ambiguous: false, placed: false };
  const tokens = tokensOf(valueText);
  const stating = value === undefined ? [] : tokens.filter((t) => numbersInText(t.text).includes(value));
  const chosen = stating.length ? stating : tokens;
  const readings = places.map((at) => {
    const found = chosen.flatMap((t) => wordsAround(quote, at + t.at, at + t.at + t.text.length));
    const unique = found.filter((f, i) => found.findIndex((g) => g.word === f.word && g.qualifier === f.qualifier) === i);
    return { found: unique, qualifier: decide(unique) };
  });
  const first = readings[0]!;
  const ambiguous = readings.some((r) => r.qualifier !== first.qualifier);
  if (ambiguous) {
    const all = readings.flatMap((r) => r.found);
    return { qualifier: null, found: all.filter((f, i) => all.findIndex((g) => g.word === f.word) === i), ambiguous: true, placed: true };
  }
  return { ...first, ambiguous: false, placed: true };
}

/** The qualifier the wording around value_text means (eq when no word touches the number), or null when it is contradictory. */
export function qualifierOfWording(valueText: string, quote: string, value?: number): Qualifier | null {
  return readWording(valueText, quote, value).qualifier;
}
