// Project rows of a cleaned text, for a curator to review beside the values draft: one per row
// of a project table and one per facility a sentence builds or reports on. Pure: text in, rows out.
import type { DocumentFacts } from './propose';
import type { ProjectDraftRow } from './projectDraftRow';
import { projectsFromSentences } from './projectSentences';
import { projectsFromTables } from './projectTables';

export type { ProjectDraftRow } from './projectDraftRow';

/**
 * The document the projects are drafted for. Its region is where the accept step places
 * county-level projects (it fills county_code, lon and lat, not the drafter); doc_id, when
 * given, fills the rows' doc_id.
 */
export type ProjectDocument = DocumentFacts & { region_code: string; doc_id?: string };

export function draftProjects(text: string, doc: ProjectDocument): ProjectDraftRow[] {
  const docId = doc.doc_id ?? '';
  const tables = projectsFromTables(text, docId);
  // A facility a project table lists is drafted once, from its row (which has its figures).
  const listed = (name: string) => tables.some((t) => t.name_zh.includes(name) || name.includes(t.name_zh));
  const sentences = projectsFromSentences(text, docId).filter((r) => !listed(r.name_zh));
  return [...tables, ...sentences].sort((a, b) => a.start - b.start);
}
