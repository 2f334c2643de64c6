import { SENTENCE_END, isContentLine, isNumberedHeading, isTableRowWithFigures } from './contentLine';

/**
 * The preamble is what stands before the document's first line of content (a sentence, a numbered
 * heading, a table row with figures): its title, subtitle, table of contents — and, on mirror
 * sites, lines of keyword spam and stray labels, which the rules below recognise by their shape
 * alone.
 */

/** Index of the first line of content, or the number of lines when there is none. */
export function documentStart(lines: readonly string[]): number {
  const i = lines.findIndex((l) => isContentLine(l) || isTableRowWithFigures(l));
  return i === -1 ? lines.length : i;
}

const PHRASE_SEPARATOR = /[,,]/;
const MAX_PHRASE = 15;

/** Three or more short phrases separated by commas, with no sentence or clause punctuation: keyword spam, not a title. */
export function isPhraseList(line: string): boolean {
  if (SENTENCE_END.test(line) || /[;;::]/.test(line) || isNumberedHeading(line)) return false;
  const phrases = line.split(PHRASE_SEPARATOR).map((p) => p.trim());
  return phrases.length >= 3 && phrases.every((p) => p !== '' && [...p].length <= MAX_PHRASE);
}

/** A short label with Latin letters and no Chinese (an author's or editor's code such as `| ab2`). */
export function isStrayLabel(line: string): boolean {
  return !/\p{Script=Han}/u.test(line) && /[A-Za-z]/.test(line) && [...line].length <= 20;
}

/** Why a preamble line is dropped, or null when it stays. */
export function preambleReason(line: string): string | null {
  if (isPhraseList(line)) return 'mirror-site spam before the document begins (a list of short phrases, no sentence)';
  if (isStrayLabel(line)) return 'stray label before the document begins (no Chinese text)';
  return null;
}
