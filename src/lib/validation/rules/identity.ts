import type { Issue, Located } from '../issues';

/** Reports rows whose key repeats an earlier row's key. */
export function checkUnique<T>(file: string, rows: Located<T>[], column: string, key: (row: T) => string, issues: Issue[]): void {
  const first = new Map<string, number>();
  for (const { line, row } of rows) {
    const k = key(row);
    const seen = first.get(k);
    if (seen !== undefined) issues.push({ file, line, column, message: `duplicate ${column} "${k}" (first on line ${seen})` });
    else first.set(k, line);
  }
}

/** IDs such as `sanmen-fyp14.nursing-bed-share` must start with the row's own doc_id. */
export function checkIdPrefix<T extends { doc_id: string }>(file: string, rows: Located<T>[], column: keyof T & string, issues: Issue[]): void {
  for (const { line, row } of rows) {
    const id = String(row[column]);
    if (!id.startsWith(`${row.doc_id}.`)) issues.push({ file, line, column, message: `"${id}" must start with its doc_id "${row.doc_id}."` });
  }
}
