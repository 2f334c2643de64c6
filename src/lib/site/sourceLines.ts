import { createHash } from 'node:crypto';

/** The anchor id of a line in a source page: L1, L2, … */
export const lineAnchor = (line: number) => `L${line}`;

/** 1-based line of the cleaned text where `quote` starts (quotes are verified substrings, so this always finds one). */
export function quoteLine(text: string, quote: string): number {
  const at = text.indexOf(quote);
  if (at === -1) throw new Error(`quote not in text: ${quote.slice(0, 30)}`);
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A stable anchor for a quote: its line and a short hash of its text. */
export function quoteAnchor(text: string, quote: string): string {
  return `q${quoteLine(text, quote)}-${createHash('sha256').update(quote).digest('hex').slice(0, 8)}`;
}

/** The link from a value to its quote, highlighted in the source text. */
export const sourceHref = (docId: string, text: string, quote: string) => `/sources/${docId}/#${quoteAnchor(text, quote)}`;
