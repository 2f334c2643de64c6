/**
 * How many of a document's curated quotes (exact substrings of its hand-cleaned text) the general
 * cleaner keeps. A quote is *checkable* when the general cleaner can be expected to keep it: it lies
 * on one line of running text of the hand-cleaned text (not a table row, which the hand rules may
 * have rejoined from cells), away from every span the reviewed corrections restored (the general
 * cleaner has no corrections).
 */
export interface QuoteSurvival {
  quotes: number;
  kept: number;
  checkable: number;
  checkableKept: number;
  /** Checkable quotes the cleaned text lacks. */
  lost: string[];
}

const isTableRow = (line: string): boolean => line.includes(' | ');

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function isCheckable(quote: string, handLines: readonly string[], corrected: readonly string[]): boolean {
  return handLines.some((line) => {
    if (isTableRow(line)) return false;
    const fixes = corrected.flatMap((c) => occurrences(line, c).map((at): [number, number] => [at, at + c.length]));
    return occurrences(line, quote).some((at) => fixes.every(([s, e]) => e <= at || s >= at + quote.length));
  });
}

/** `corrected`: the corrected spans as they read in the hand-cleaned text. */
export function quoteSurvival(cleaned: string, handCleaned: string, quotes: readonly string[], corrected: readonly string[]): QuoteSurvival {
  const handLines = handCleaned.split('\n');
  const checkable = quotes.filter((q) => isCheckable(q, handLines, corrected));
  const lost = checkable.filter((q) => !cleaned.includes(q));
  return {
    quotes: quotes.length,
    kept: quotes.filter((q) => cleaned.includes(q)).length,
    checkable: checkable.length,
    checkableKept: checkable.length - lost.length,
    lost,
  };
}
