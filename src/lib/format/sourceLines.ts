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

// A quote's anchor is asked for by its value's page, embed page, chart file and source page; each
// search scans the document's text, so anchors are kept per document text.
const anchors = new Map<string, Map<string, string>>();

/** A stable anchor for a quote: its line and a short hash of its text. */
export function quoteAnchor(text: string, quote: string): string {
  let known = anchors.get(text);
  if (!known) anchors.set(text, (known = new Map()));
  let anchor = known.get(quote);
  if (anchor === undefined) {
    anchor = `q${quoteLine(text, quote)}-${createHash('sha256').update(quote).digest('hex').slice(0, 8)}`;
    known.set(quote, anchor);
  }
  return anchor;
}

/** The link from a value to its quote, highlighted in the source text. */
export const sourceHref = (docId: string, text: string, quote: string) => `/sources/${docId}/#${quoteAnchor(text, quote)}`;
