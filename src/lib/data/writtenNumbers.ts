// Numbers as Chinese documents write them: Arabic digits with 万/亿/千 scales
// ("1.5万", "3万1千", "2亿"), percentages and per-mille signs, and Chinese
// numerals ("十五", "两", "三百"). Used to prove a quote holds a value.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parses a run of Chinese numerals such as 三千五百, 十五, 两万 (null if it is not a well-formed number). */
export function parseChineseNumeral(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of run) {
    // 零 only marks a skipped place (一百零五); it adds nothing.
    if ((ch === '零' || ch === '〇') && digit === null) continue;
    if (ch in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in BIG_UNITS) {
      total += (section + (digit ?? 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const ARABIC_CHAIN = /\d+(?:\.\d+)?(?:[万亿千](?:\d+(?:\.\d+)?[万亿千]?)*)?/g;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;

function parseArabicChain(chain: string): number {
  // "3万1千" = 3×10⁴ + 1×10³; "1.5万" = 1.5×10⁴; "2亿" = 2×10⁸.
  let total = 0;
  for (const m of chain.matchAll(/(\d+(?:\.\d+)?)([万亿千]?)/g)) {
    const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : m[2] === '千' ? 1e3 : 1;
    total += Number(m[1]) * scale;
  }
  return total;
}

/**
 * Every number a text states, in the forms a reader could mean: "1.5万" gives
 * both 1.5 (the value in 万) and 15000; "60/50" gives 60 and 50.
 */
export function numbersInText(text: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(ARABIC_CHAIN)) {
    const chain = m[0];
    out.add(parseArabicChain(chain));
    // A minus sign that is not a range dash ("2021-2025") makes the number negative: "增长-5%".
    const at = m.index ?? 0;
    if (/[-−]/.test(text[at - 1] ?? '') && !/\d/.test(text[at - 2] ?? '')) out.add(-parseArabicChain(chain));
    for (const part of chain.matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(part[0]));
  }
  for (const m of text.matchAll(CHINESE_RUN)) {
    const n = parseChineseNumeral(m[0]);
    if (n !== null) out.add(n);
  }
  return [...out];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** True when `value` is one of the numbers written in `text`, optionally after a unit scale (e.g. 10⁴ for a 万元 column). */
export function textStatesValue(text: string, value: number, scales: readonly number[] = [1]): boolean {
  return numbersInText(text).some((n) => scales.some((s) => close(n * s, value)));
}
