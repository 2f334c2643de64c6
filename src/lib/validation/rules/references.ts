import type { Issue, Located } from '../issues';

/** Reports values of `column` that are not among `known` (a foreign key that does not resolve). */
export function checkReference<T>(
  file: string,
  rows: Located<T>[],
  column: string,
  get: (row: T) => string | null | readonly string[],
  known: ReadonlySet<string>,
  target: string,
  issues: Issue[],
): void {
  for (const { line, row } of rows) {
    const v = get(row);
    const values = v === null ? [] : typeof v === 'string' ? [v] : v;
    for (const x of values) if (!known.has(x)) issues.push({ file, line, column, message: `"${x}" does not match any ${target}` });
  }
}
