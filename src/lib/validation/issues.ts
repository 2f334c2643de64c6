/** One thing wrong with the data, located so a curator can go straight to it. */
export interface Issue {
  file: string;
  /** 1-based line in the file (the CSV header is line 1). */
  line: number;
  column?: string;
  message: string;
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
