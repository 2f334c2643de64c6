// Where a draft row's quote stands in its cleaned text, and its number inside the quote: what the
// review page highlights, and the two checks a curator can see at once (the validator's quote rules).
// No Node imports: the review page's browser script uses it too, so page and server agree.
import { tableRowQuote } from '../format/tableRowQuote';

/** What the review page warns about on a row's card. */
export type QuoteWarning = 'quote_empty' | 'quote_not_in_text' | 'value_not_in_quote';

/** A quote cut into what the page shows: a little text before, the quote with its number marked, a little after. */
export interface QuoteContext {
  before: string;
  /** The quote up to the number (the whole quote when the number is not in it). */
  quoteHead: string;
  /** The number as written (value_text), when it stands in the quote. */
  value: string;
  quoteTail: string;
  after: string;
  /** A table row's headings, and the heading of the number's column when cells and headings pair up. */
  table: { headings: string[]; column: string | null } | null;
  warnings: QuoteWarning[];
}

/** Characters of text shown on each side of a quote, within its line. */
const AROUND = 40;

/** Offsets where each line of a text starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of the occurrence of `quote` nearest to the start of `line` (1-based), or -1. */
export function findQuote(text: string, starts: readonly number[], quote: string, line: number): number {
  if (quote === '') return -1;
  const near = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}

/** The checks a curator sees at once: the quote is an exact part of the text, the number is inside the quote. */
export function quoteWarnings(text: string, starts: readonly number[], row: { source_quote: string; value_text: string; line: number }): QuoteWarning[] {
  if (row.source_quote === '') return ['quote_empty'];
  const warnings: QuoteWarning[] = [];
  if (findQuote(text, starts, row.source_quote, row.line) < 0) warnings.push('quote_not_in_text');
  if (row.value_text === '' || !row.source_quote.includes(row.value_text)) warnings.push('value_not_in_quote');
  return warnings;
}

/** The quote in its context, its number marked; a quote not found in the text is shown alone. */
export function quoteContext(text: string, starts: readonly number[], row: { source_quote: string; value_text: string; line: number }): QuoteContext {
  const quote = row.source_quote;
  const warnings = quoteWarnings(text, starts, row);
  const at = findQuote(text, starts, quote, row.line);
  let before = '';
  let after = '';
  const v = row.value_text === '' ? -1 : quote.indexOf(row.value_text);
  let table: QuoteContext['table'] = null;
  if (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEndAt = text.indexOf('\n', at + quote.length);
    const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
    const from = Math.max(lineStart, at - AROUND);
    const to = Math.min(lineEnd, at + quote.length + AROUND);
    before = (from > lineStart ? '…' : '') + text.slice(from, at);
    after = text.slice(at + quote.length, to) + (to < lineEnd ? '…' : '');
    table = tableOf(text.slice(lineStart, lineEnd), tableRowQuote(text, quote), v < 0 ? -1 : at - lineStart + v);
  }
  if (v < 0) return { before, quoteHead: quote, value: '', quoteTail: '', after, table, warnings };
  return { before, quoteHead: quote.slice(0, v), value: row.value_text, quoteTail: quote.slice(v + row.value_text.length), after, table, warnings };
}

/** The headings of a quoted table row, and the one above the cell at `offset` of the row's line (-1: none). */
function tableOf(line: string, quoted: ReturnType<typeof tableRowQuote>, offset: number): QuoteContext['table'] {
  if (!quoted) return null;
  if (!quoted.aligned || offset < 0) return { headings: quoted.headers, column: null };
  // A row one cell short lost its merged first cell: its cells sit under the headings from the second on.
  const written = line.replace(/\s*\|\s*$/, '').split('|').length;
  const cell = line.slice(0, offset).split('|').length - 1;
  return { headings: quoted.headers, column: quoted.headers[cell + quoted.headers.length - written] ?? null };
}
