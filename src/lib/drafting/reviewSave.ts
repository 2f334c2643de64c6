// The check behind the review page's Save: the posted rows become the draft file only if they are
// whole, belong to the draft as served, and read back through readDraft without a problem.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DRAFT_COLUMNS, draftRecordsCsv } from './draftCsv';
import { readDraft } from './readDraft';

/** What Save answers when the file was written. */
export interface SaveSuccess {
  rows: number;
  accepted: number;
  skipped: number;
  /** The file's new version, for the next save from the same page. */
  version: string;
}
/** What Save answers when it wrote nothing: a reason, and each row's problems (row is the 0-based card). */
export interface SaveFailure {
  message: string;
  problems?: { row: number; message: string }[];
}

export type SaveCheck =
  | { ok: true; csv: string; answer: SaveSuccess }
  | { ok: false; status: 400 | 409; failure: SaveFailure };

/** A draft file's version: changes whenever its text does. */
export const draftVersion = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

const rowSchema = z.strictObject(Object.fromEntries(DRAFT_COLUMNS.map((c) => [c, z.string()])) as Record<(typeof DRAFT_COLUMNS)[number], z.ZodString>);
const bodySchema = z.object({ version: z.string(), rows: z.array(rowSchema) });

const refuse = (message: string, problems?: SaveFailure['problems'], status: 400 | 409 = 400): SaveCheck => ({ ok: false, status, failure: problems ? { message, problems } : { message } });

/** "3 problems: first; second; third; …" */
function summary(problems: readonly { message: string }[]): string {
  const shown = problems.slice(0, 3).map((p) => p.message).join('; ');
  return `${problems.length} problem${problems.length > 1 ? 's' : ''}: ${shown}${problems.length > 3 ? '; …' : ''}`;
}

/** The CSV line each record starts on (header is line 1), counting line breaks inside cells. */
function recordLines(rows: readonly Record<string, string>[]): number[] {
  let line = 2;
  return rows.map((row) => {
    const at = line;
    line += 1 + Object.values(row).reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return at;
  });
}

/**
 * Checks a Save request's body against the draft file as it is now (`file`, `text`): JSON of
 * { version, rows }, every row with every draft column as text, the same rows (count and text lines)
 * as the file, the version the page was served, and each cell readable by readDraft.
 */
export function checkSave(body: string, current: { file: string; text: string }): SaveCheck {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return refuse(`the request body is not JSON (${(e as Error).message})`);
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [top, row, col] = issue.path;
      const where = top === 'rows' && typeof row === 'number' ? `row ${row + 1}${col === undefined ? '' : `: ${String(col)}`}` : issue.path.join('.') || 'body';
      return { row: typeof row === 'number' ? row : -1, message: `${where}: ${issue.message}` };
    });
    return refuse(`the request is not a draft (${summary(problems)})`, problems.filter((p) => p.row >= 0));
  }
  const { version, rows } = parsed.data;
  if (version !== draftVersion(current.text)) {
    return refuse(`${current.file} changed since this page was opened (saved from another page, or drafted again): reload the page; nothing was saved`, undefined, 409);
  }
  const served = readDraft(current.file, current.text).rows;
  const mismatch = rows.length !== served.length ? -1 : rows.findIndex((r, i) => r.line !== String(served[i]!.line));
  if (rows.length !== served.length || mismatch >= 0) {
    const why = mismatch < 0 ? `${rows.length} rows were sent, ${current.file} has ${served.length}` : `row ${mismatch + 1} was sent for text line ${rows[mismatch]!.line}, ${current.file} has it for line ${served[mismatch]!.line}`;
    return refuse(`the rows sent are not the draft's rows (${why}): reload the page`);
  }
  const back = readDraft(current.file, draftRecordsCsv(rows));
  if (back.errors.length) {
    const starts = recordLines(rows);
    const problems = back.errors.map((error) => {
      const m = /^(\d+):([^:]*): ([\s\S]*)$/.exec(error.slice(current.file.length + 1));
      const row = m ? starts.indexOf(Number(m[1])) : -1;
      return { row, message: m && row >= 0 ? `row ${row + 1}: ${m[2]}: ${m[3]}` : error };
    });
    return refuse(summary(problems), problems.filter((p) => p.row >= 0));
  }
  // Written from what was read back, so the file holds each cell the one way readDraft gives it (y, not Y).
  const csv = draftRecordsCsv(back.rows);
  const count = (mark: string) => back.rows.filter((r) => r.accept === mark).length;
  return { ok: true, csv, answer: { rows: back.rows.length, accepted: count('y'), skipped: count('n'), version: draftVersion(csv) } };
}
