/**
 * The line format of the cleaned texts (as cleanSource writes them): whitespace runs, including
 * U+3000 and no-break spaces, become one space and the line is trimmed. Control characters are
 * never text, so they count as whitespace too.
 */
export function normaliseLineWhitespace(line: string): string {
  return line.replace(/[\s\u3000\u00a0\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** Pipe tables from the government sites end rows with runs of empty cells (`| ||`); one `|` is kept. */
export function trimTrailingPipeRuns(line: string): string {
  return line.replace(/(\s*\|)+\s*$/, ' |');
}
