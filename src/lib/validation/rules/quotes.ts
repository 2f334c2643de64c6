import type { IndicatorValue, Indicator, Note, Project } from '../../data/schema';
import { textStatesValue } from '../../data/writtenNumbers';
import type { Issue, Located } from '../issues';

const MONEY_SCALES = [1, 1e4, 1e8];

const short = (s: string) => ([...s].length > 40 ? `${[...s].slice(0, 40).join('')}…` : s);

function quoteNotFound(quote: string, docId: string, text: string): string {
  const nearly = text.normalize('NFKC').includes(quote.normalize('NFKC'));
  return `quote not found verbatim in data/sources/${docId}.txt: "${short(quote)}"${nearly ? ' (it differs only in full-width/half-width forms, e.g. ， and ,: copy it from the text)' : ''}`;
}

const DIGIT = /[0-9]/;

/** True when `part` at `at` in `text` begins or ends in the middle of a number ("12" in "120", "5" in "1.5", "1.5" in "1.5万"). */
function cutsNumber(text: string, at: number, part: string): boolean {
  const end = at + part.length;
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  if (DIGIT.test(part[0] ?? '') && (DIGIT.test(before) || (before === '.' && DIGIT.test(text[at - 2] ?? '')))) return true;
  if (DIGIT.test(part.at(-1) ?? '') && (DIGIT.test(after) || (after === '.' && DIGIT.test(text[end + 1] ?? '')) || after === '万' || after === '亿')) return true;
  return false;
}

/** The number `part` was cut from, for a message: the occurrence widened by the digits around it. */
function widened(text: string, at: number, part: string): string {
  let a = at;
  let b = at + part.length;
  while (a > 0 && at - a < 12 && /[0-9.]/.test(text[a - 1]!)) a -= 1;
  while (b < text.length && b - at - part.length < 12 && /[0-9.万亿]/.test(text[b]!)) b += 1;
  return short(text.slice(a, b));
}

/**
 * Where `part` stands in `text`: not at all, only cut inside longer numbers, or
 * at least once whole. A quote "床位12" taken from "床位120张" would publish a
 * figure the document never states, so every occurrence is checked and one
 * whole occurrence is enough.
 */
export function findWhole(text: string, part: string): { found: false } | { found: true; whole: true } | { found: true; whole: false; context: string } {
  let at = text.indexOf(part);
  if (at < 0) return { found: false };
  const first = at;
  while (at >= 0) {
    if (!cutsNumber(text, at, part)) return { found: true, whole: true };
    at = text.indexOf(part, at + 1);
  }
  return { found: true, whole: false, context: widened(text, first, part) };
}

function checkQuoteInText(file: string, line: number, column: string, quote: string, docId: string, text: string, issues: Issue[]): void {
  const where = findWhole(text, quote);
  if (!where.found) issues.push({ file, line, column, message: quoteNotFound(quote, docId, text) });
  else if (!where.whole) issues.push({ file, line, column, message: `quote "${short(quote)}" is cut inside a number: data/sources/${docId}.txt reads "${where.context}"` });
}

/** value_text (or a money text) must stand in the quote as a whole number, not as part of a longer one. */
function checkPartInQuote(file: string, line: number, column: string, part: string, quote: string, issues: Issue[]): boolean {
  const where = findWhole(quote, part);
  if (!where.found) issues.push({ file, line, column, message: `"${part}" is not in source_quote` });
  else if (!where.whole) issues.push({ file, line, column, message: `"${part}" stands in source_quote only as part of a longer number ("${where.context}")` });
  return where.found && where.whole;
}

/** Each value's quote is in its document, holds value_text, and value_text states the value. */
export function checkValueQuotes(file: string, rows: Located<IndicatorValue>[], indicators: Map<string, Indicator>, sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const ind = indicators.get(row.indicator_id);
    const text = ind ? sources[ind.doc_id] : undefined;
    if (!ind || text === undefined) continue; // reported as a dangling reference
    checkQuoteInText(file, line, 'source_quote', row.source_quote, ind.doc_id, text, issues);
    if (!checkPartInQuote(file, line, 'value_text', row.value_text, row.source_quote, issues)) continue;
    if (!textStatesValue(row.value_text, row.value)) issues.push({ file, line, column: 'value', message: `${row.value} is not a number written in value_text "${row.value_text}"` });
  }
}

/** A project's quote is in its document and holds every figure published for it. */
export function checkProjectQuotes(file: string, rows: Located<Project>[], sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const text = sources[row.doc_id];
    if (text === undefined) continue;
    const q = row.source_quote;
    checkQuoteInText(file, line, 'source_quote', q, row.doc_id, text, issues);
    const money: [keyof Project, keyof Project][] = [
      ['investment_total_cny', 'investment_total_text'],
      ['investment_in_period_cny', 'investment_in_period_text'],
      ['investment_to_date_cny', 'investment_to_date_text'],
      ['annual_budget_cny', 'annual_budget_text'],
    ];
    for (const [numCol, textCol] of money) {
      const n = row[numCol] as number | null;
      const t = row[textCol] as string | null;
      if ((n === null) !== (t === null)) {
        issues.push({ file, line, column: n === null ? numCol : textCol, message: `${numCol} and ${textCol} must both be filled or both be empty` });
        continue;
      }
      if (t === null || n === null) continue;
      if (checkPartInQuote(file, line, textCol, t, q, issues) && !textStatesValue(t, n, MONEY_SCALES)) issues.push({ file, line, column: numCol, message: `${n} yuan is not what "${t}" says (in 元, 万元 or 亿元)` });
    }
    const figures: (keyof Project)[] = ['beds', 'floor_area_m2', 'site_area_m2', 'site_area_mu'];
    for (const col of figures) {
      const n = row[col] as number | null;
      if (n !== null && !textStatesValue(q, n)) issues.push({ file, line, column: col, message: `${n} is not written in source_quote` });
    }
    for (const col of ['start_year', 'end_year'] as const) {
      const y = row[col];
      // Tables write months after the year ("2019.5"): the year itself must stand in the quote.
      if (y !== null && !new RegExp(`(?<!\\d)${y}(?!\\d)`).test(q)) issues.push({ file, line, column: col, message: `${y} is not written in source_quote` });
    }
  }
}

/** A note's quotes are in its document. */
export function checkNoteQuotes(file: string, rows: Located<Note>[], sources: Record<string, string>, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const text = sources[row.doc_id];
    if (text === undefined) continue;
    for (const col of ['quote_a', 'quote_b'] as const) {
      const q = row[col];
      if (q !== null) checkQuoteInText(file, line, col, q, row.doc_id, text, issues);
    }
  }
}
