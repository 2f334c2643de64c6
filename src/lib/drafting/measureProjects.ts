// How well a projects draft finds the curated projects of a document: recall, and for the projects
// it finds, how often the drafted total investment, beds and years equal the curated ones.
import type { ProjectDraftRow } from './projectDraftRow';

export interface CuratedProject {
  name_zh: string;
  source_quote: string;
  investment_total_cny: number | null;
  investment_in_period_cny: number | null;
  investment_to_date_cny: number | null;
  annual_budget_cny: number | null;
  beds: number | null;
  start_year: number | null;
  end_year: number | null;
}

/** Right answers out of the found projects where the curated or the drafted row has the figure. */
export interface FieldScore {
  right: number;
  compared: number;
}

export interface ProjectScore {
  curated: number;
  drafted: number;
  found: number;
  /** The drafted name equals the curated one (spaces and brackets aside). */
  name: FieldScore;
  investment: FieldScore;
  beds: FieldScore;
  years: FieldScore;
  /** Curated projects not found, for looking at. */
  missed: CuratedProject[];
  /** Drafted rows that found no curated project (a project the curator left out, or a false one). */
  unmatched: ProjectDraftRow[];
}

const MONEY = ['investment_total_cny', 'investment_in_period_cny', 'investment_to_date_cny', 'annual_budget_cny'] as const;
const bare = (name: string) => name.replace(/[\s()（）、,，“”"]/g, '');

/** 0: the same name; 1: one name holds the other; 2: only an amount of money in common; null: no match. */
function matchRank(c: CuratedProject, r: ProjectDraftRow): number | null {
  const [a, b] = [bare(c.name_zh), bare(r.name_zh)];
  if (a === b) return 0;
  if (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a))) return 1;
  if (MONEY.some((k) => c[k] !== null && c[k] === r[k])) return 2;
  return null;
}

/** Every [start, end) where the quote stands in the text. */
function spansOf(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(quote); at >= 0 && quote; at = text.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

function tally(score: FieldScore, curated: unknown, drafted: unknown, hasValue: boolean): void {
  if (!hasValue) return;
  score.compared += 1;
  score.right += Number(curated === drafted);
}

/**
 * A curated project is found when a drafted row's source_quote overlaps the curated quote and its
 * name (equal, or one holding the other) or an amount of money matches. Rows pair one-to-one; a
 * row with the same name is taken before one that only shares an amount.
 */
export function scoreProjectDraft(text: string, rows: readonly ProjectDraftRow[], curated: readonly CuratedProject[]): ProjectScore {
  const score: ProjectScore = { curated: curated.length, drafted: rows.length, found: 0, name: { right: 0, compared: 0 }, investment: { right: 0, compared: 0 }, beds: { right: 0, compared: 0 }, years: { right: 0, compared: 0 }, missed: [], unmatched: [] };
  const used = new Set<ProjectDraftRow>();
  for (const c of curated) {
    const spans = spansOf(text, c.source_quote);
    const overlaps = (r: ProjectDraftRow) => spans.some(([a, b]) => r.start < b && a < r.end);
    const best = rows
      .filter((r) => !used.has(r) && overlaps(r))
      .map((r) => ({ r, rank: matchRank(c, r) }))
      .filter((x): x is { r: ProjectDraftRow; rank: number } => x.rank !== null)
      .sort((x, y) => x.rank - y.rank)[0]?.r;
    if (!best) {
      score.missed.push(c);
      continue;
    }
    used.add(best);
    score.found += 1;
    tally(score.name, bare(c.name_zh), bare(best.name_zh), true);
    tally(score.investment, c.investment_total_cny, best.investment_total_cny, c.investment_total_cny !== null || best.investment_total_cny !== null);
    tally(score.beds, c.beds, best.beds, c.beds !== null || best.beds !== null);
    const years = (y: { start_year: number | null; end_year: number | null }) => `${y.start_year ?? ''}-${y.end_year ?? ''}`;
    tally(score.years, years(c), years(best), c.start_year !== null || c.end_year !== null || best.start_year !== null || best.end_year !== null);
  }
  score.unmatched = rows.filter((r) => !used.has(r));
  return score;
}

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

/** A document's curated projects (data/projects.csv records, as read by parseCsv) as the measure compares them. */
export function curatedProjectsOf(records: readonly Record<string, string>[], docId: string): CuratedProject[] {
  return records
    .filter((p) => p['doc_id'] === docId)
    .map((p) => ({
      name_zh: p['name_zh']!, source_quote: p['source_quote']!,
      investment_total_cny: orNull(p['investment_total_cny']), investment_in_period_cny: orNull(p['investment_in_period_cny']),
      investment_to_date_cny: orNull(p['investment_to_date_cny']), annual_budget_cny: orNull(p['annual_budget_cny']),
      beds: orNull(p['beds']), start_year: orNull(p['start_year']), end_year: orNull(p['end_year']),
    }));
}
