/** One thing wrong with the data, located so a curator can go straight to it. */
export interface Issue {
  file: string;
  /** 1-based line in the file (the CSV header is line 1). */
  line: number;
  column?: string;
  message: string;
  /**
   * `file`: the file as a whole is wrong (encoding, separator, columns, missing): the
   * cause of everything else, so it is listed first. `skipped`: a note that checks
   * depending on an unreadable file were not run. Unset: a problem in one row.
   */
  level?: 'file' | 'skipped';
}

const LEVEL_ORDER = { file: 0, skipped: 1, row: 2 } as const;

/** Causes first (file-level problems), then notes on skipped checks, then rows by file and line. */
export function compareIssues(a: Issue, b: Issue): number {
  const byLevel = LEVEL_ORDER[a.level ?? 'row'] - LEVEL_ORDER[b.level ?? 'row'];
  if (byLevel) return byLevel;
  // Plain code-unit order (no locale): the same order on every machine.
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

export function formatIssue(i: Issue): string {
  return `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}: ${i.message}`;
}

/** Thrown when the dataset is invalid; carries every issue, not just the first. */
export class DataValidationError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`the dataset has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

/** A parsed row and where it came from. */
export interface Located<T> {
  line: number;
  row: T;
}
