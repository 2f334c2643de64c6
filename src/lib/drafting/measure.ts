// How well a draft finds the curated values of a document: recall, and for the values it finds,
// how often the proposed year, kind and unit equal the curated ones.
import type { DraftRow } from './draftText';

export interface CuratedValue {
  value: number;
  value_text: string;
  source_quote: string;
  year: number;
  value_kind: string;
  unit: string;
  domain: string;
  period: string;
}

export interface DraftScore {
  curated: number;
  drafted: number;
  skipped: number;
  matched: number;
  yearRight: number;
  kindRight: number;
  unitRight: number;
  domainRight: number;
  periodRight: number;
  /** Curated values not found, for looking at. */
  missed: CuratedValue[];
  /** Matched values with a wrong proposal: [curated, drafted]. */
  wrong: [CuratedValue, DraftRow][];
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Every [start, end) where the quote stands in the text. */
function spansOf(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(quote); at >= 0 && quote; at = text.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

/**
 * A curated value is found when a drafted row without a skip reason has its value and either its
 * value_text or a number lying inside the curated quote. Rows pair one-to-one (a table row's two
 * cells "100 | 100" are two values); among several, a row inside the quote with the same
 * value_text is taken first, and among those one not yet paired.
 */
export function scoreDraft(text: string, rows: readonly DraftRow[], curated: readonly CuratedValue[]): DraftScore {
  const kept = rows.filter((r) => r.skip_reason === null);
  const score: DraftScore = { curated: curated.length, drafted: rows.length, skipped: rows.length - kept.length, matched: 0, yearRight: 0, kindRight: 0, unitRight: 0, domainRight: 0, periodRight: 0, missed: [], wrong: [] };
  const used = new Set<DraftRow>();
  for (const c of curated) {
    const spans = spansOf(text, c.source_quote);
    const inQuote = (r: DraftRow) => spans.some(([a, b]) => r.start >= a && r.end <= b);
    const candidates = kept.filter((r) => r.value !== null && same(r.value, c.value) && (r.value_text === c.value_text || inQuote(r)));
    const order = [...candidates.filter((r) => !used.has(r)), ...candidates.filter((r) => used.has(r))];
    // Two cells of one row with the same figure are told apart by the column's year, as a curator does.
    const rank = (r: DraftRow) => (inQuote(r) ? 0 : 2) + (r.value_text === c.value_text ? 0 : 1) + (used.has(r) ? 4 : 0) + (r.year === c.year ? 0 : 0.5);
    const best = order.sort((a, b) => rank(a) - rank(b))[0];
    if (!best) {
      score.missed.push(c);
      continue;
    }
    used.add(best);
    score.matched += 1;
    const y = best.year === c.year;
    const k = best.value_kind === c.value_kind;
    const u = best.unit === c.unit;
    score.yearRight += Number(y);
    score.kindRight += Number(k);
    score.unitRight += Number(u);
    score.domainRight += Number(best.domain === c.domain);
    score.periodRight += Number(best.period === c.period);
    if (!y || !k || !u) score.wrong.push([c, best]);
  }
  return score;
}
