import { toSimplified } from './traditional';

/** A title line must start within this first share of the text's characters. */
export const TITLE_WITHIN_SHARE = 1 / 3;
/** A line "mostly made of" the title: the title is at least this share of it. */
const TITLE_SHARE_OF_LINE = 0.6;

const QUOTES_AND_SPACE = /[\s“”"'‘’「」『』《》〈〉]/g;
const BRACKETED = /[((][^()()]*[))]/g;

/** The form in which a title and a line are compared: NFKC, Simplified, no whitespace or quotes, lower case. */
export function normaliseForTitle(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(QUOTES_AND_SPACE, '').toLowerCase();
}

/** The title as given, and without its bracketed parts ((2021—2025年), (节选)), which pages often set on a line of their own. */
function titleForms(title: string): string[] {
  const whole = normaliseForTitle(title);
  const bare = normaliseForTitle(title.replace(BRACKETED, ''));
  return [...new Set([whole, bare])].filter((t) => [...t].length >= 4);
}

function matchesTitle(line: string, forms: readonly string[]): boolean {
  const l = normaliseForTitle(line);
  return forms.some((t) => l === t || (l.includes(t) && t.length >= TITLE_SHARE_OF_LINE * l.length));
}

/**
 * Index of the first standalone line that is the title (or mostly made of it) in the first part of
 * the text, or -1. Give it the lines without page chrome, so that metadata such as 信息名称:… (which
 * holds the title too) is not taken for the title line.
 */
export function findTitleLine(lines: readonly string[], title: string): number {
  const forms = titleForms(title);
  if (forms.length === 0) return -1;
  const total = lines.reduce((n, l) => n + l.length, 0);
  let before = 0;
  for (const [i, line] of lines.entries()) {
    if (before > total * TITLE_WITHIN_SHARE) break;
    if (matchesTitle(line, forms)) return i;
    before += line.length;
  }
  return -1;
}

/**
 * The title repeated on the lines from `from` to `until` (exclusive): a line that is the title
 * again, or two or three consecutive lines that together are the title (a page heading set over
 * several lines). Returns their indices.
 */
export function repeatedTitleLines(lines: readonly string[], title: string, from: number, until: number): number[] {
  const forms = titleForms(title);
  const out: number[] = [];
  for (let i = from; i < until; i++) {
    for (let n = 1; n <= 3 && i + n <= until; n++) {
      if (forms.includes(normaliseForTitle(lines.slice(i, i + n).join('')))) {
        for (let k = i; k < i + n; k++) out.push(k);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
