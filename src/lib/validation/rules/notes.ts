import type { Note } from '../../data/schema';
import type { Issue, Located } from '../issues';

/** The ids a note could name, by what they are (for the message). */
export interface KnownIds {
  indicator: ReadonlySet<string>;
  project: ReadonlySet<string>;
  concept: ReadonlySet<string>;
  document: ReadonlySet<string>;
  note: ReadonlySet<string>;
}

/** Lowercase ASCII runs joined by hyphens or dots, standing alone (not inside a longer word or number). */
const TOKEN = /(?<![A-Za-z0-9_.-])[a-z0-9]+(?:[-.][a-z0-9]+)+(?![A-Za-z0-9_-])/g;
/** `<doc_id>.<slug>`: letters on both sides of one dot and a hyphen somewhere (not "e.g", "2019.5", "4.01"). */
const DOTTED_ID = /^(?=[^.]*[a-z][^.]*\.)(?=.*-)[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]*[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** A hyphenated slug right after a word that introduces an id ("概念township-…", "concept nursing-bed-share"). */
const INTRODUCED_ID = /(?:概念|指标|项目|说明|文件|[Cc]oncept|[Ii]ndicator|[Pp]roject|[Nn]ote|[Dd]ocument)\s*[“"(]?([a-z0-9]*[a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![A-Za-z0-9_-])/g;

/**
 * Data notes are written for readers, who never see our ids: a note says what it is about in
 * words and lists the rows in related_ids. Any id a note's text names is reported — one that
 * exists (say it in words) and one that does not (it also points nowhere).
 */
export function checkNoteWording(file: string, rows: Located<Note>[], known: KnownIds, issues: Issue[]): void {
  const kinds = Object.entries(known) as [keyof KnownIds, ReadonlySet<string>][];
  const kindOf = (token: string) => kinds.find(([, ids]) => ids.has(token))?.[0];
  for (const { line, row } of rows) {
    for (const column of ['text_zh', 'text_en'] as const) {
      const text = row[column];
      const found = new Map<string, string>();
      for (const [token] of text.matchAll(TOKEN)) {
        const kind = kindOf(token);
        if (kind) found.set(token, `names the ${kind} id "${token}"`);
        else if (DOTTED_ID.test(token)) found.set(token, `names "${token}", which looks like an id but matches no indicator, project, concept, document or note`);
      }
      for (const m of text.matchAll(INTRODUCED_ID)) {
        const token = m[1]!;
        if (!found.has(token) && !kindOf(token)) found.set(token, `names "${token}", which looks like an id but matches no indicator, project, concept, document or note`);
      }
      for (const message of found.values()) {
        issues.push({ file, line, column, message: `${message}; notes are for readers: say it in words (the rows it is about go in related_ids)` });
      }
    }
  }
}
