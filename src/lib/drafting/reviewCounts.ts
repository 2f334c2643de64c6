// The review page's tallies, one definition for the page as served and for its browser script.
import type { Count } from './reviewLabels';

/** What a tally needs to know of a row. */
export interface CountedRow {
  accept: string;
  /** The drafter's skip reason; empty or null when it proposed a value. */
  skip_reason: string | null;
  hasWarning: boolean;
}

export function reviewCounts(rows: readonly CountedRow[]): Record<Count, number> {
  const count = (keep: (r: CountedRow) => boolean) => rows.filter(keep).length;
  return {
    rows: rows.length,
    proposed: count((r) => !r.skip_reason),
    skipped: count((r) => Boolean(r.skip_reason)),
    reviewed: count((r) => r.accept !== ''),
    accepted: count((r) => r.accept === 'y'),
    dropped: count((r) => r.accept === 'n'),
    warnings: count((r) => r.hasWarning),
  };
}
