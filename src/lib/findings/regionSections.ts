import type { DocumentRow } from '../data/schema';
import type { Domain } from '../data/vocabulary';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { periodLabel } from '../format/documentLabels';
import type { Review } from '../derive/reviews';
import type { IndicatorWithValues, RegionView } from '../views/regionView';
import { countFlags, type FlagCounts } from '../derive/targetFlags';

export interface ReviewRow {
  indicator: IndicatorWithValues['indicator'];
  review: Review;
}

/** One document of a region page, split into what it sets for its own period and how the period before it ended. */
export interface DocumentSections {
  document: DocumentRow;
  /** Indicators with a value in the document's own period, by domain (the page's order). */
  current: { domain: Domain; indicators: IndicatorWithValues[] }[];
  currentReviews: ReviewRow[];
  /** Indicators whose every value falls before the document's period: the previous plan's table. */
  previous: IndicatorWithValues[];
  previousReviews: ReviewRow[];
  /** Years of the achieved values the previous-period half reports; empty when it reports none. */
  previousResultYears: number[];
  /** Years of the current half's target-against-result pairs. */
  currentReviewYears: number[];
  flags: FlagCounts;
}

/** Every value of the indicator is dated before the document's first year: a review of the plan before it. */
export const isPreviousPeriod = (values: { year: number }[], document: Pick<DocumentRow, 'period_start'>): boolean =>
  values.length > 0 && values.every((v) => v.year < document.period_start);

const years = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
// A row's results are those it reports: its achieved values against its own targets or, in a series, an earlier document's.
const reviewRows = (list: IndicatorWithValues[]): ReviewRow[] => list.flatMap(({ indicator, reviews }) => reviews.map((review) => ({ indicator, review })));

/**
 * Splits a region's indicators per document. An indicator belongs to the previous period when all
 * of its values are dated before the document's first year (a five-year plan's review table of the
 * last plan); everything else is what the document sets or reports for its own period.
 */
export function documentSections(view: RegionView): DocumentSections[] {
  return view.documents.map((document) => {
    const own = (i: IndicatorWithValues) => i.indicator.doc_id === document.doc_id;
    const isPrevious = (i: IndicatorWithValues) => isPreviousPeriod(i.values, document);
    const current = view.domains
      .map((d) => ({ domain: d.domain, indicators: d.indicators.filter((i) => own(i) && !isPrevious(i)) }))
      .filter((d) => d.indicators.length > 0);
    const previous = view.domains.flatMap((d) => d.indicators.filter((i) => own(i) && isPrevious(i)));
    const currentReviews = reviewRows(current.flatMap((d) => d.indicators));
    const previousReviews = reviewRows(previous);
    return {
      document,
      current,
      currentReviews,
      previous,
      previousReviews,
      previousResultYears: years(previous.flatMap((i) => i.values.filter((v) => v.value_kind === 'actual').map((v) => v.year))),
      currentReviewYears: years(currentReviews.map((r) => r.review.year)),
      flags: countFlags(current.flatMap((d) => d.indicators)),
    };
  });
}

const yearList = (list: number[], locale: Locale) => list.join(t(locale, 'findings.list.separator'));

/** "What this plan promises (2021–2025年)" for a five-year plan; a report's own numbers otherwise. */
export function promisesHeading(s: DocumentSections, locale: Locale): string {
  const period = periodLabel(s.document, locale);
  return t(locale, s.document.doc_type === 'five_year_plan' ? 'findings.region.promisesPlan' : 'findings.region.promisesDocument', { period });
}

/** "How the previous plan ended (2020 results)"; the previous plan's targets when it reports no result. */
export function previousHeading(s: DocumentSections, locale: Locale): string {
  if (s.previousResultYears.length === 0) {
    return t(locale, 'findings.region.previousTargets', { years: yearList(years(s.previous.flatMap((i) => i.values.map((v) => v.year))), locale) });
  }
  return t(locale, 'findings.region.previous', { years: yearList(s.previousResultYears, locale) });
}

export const resultsHeading = (s: DocumentSections, locale: Locale): string => t(locale, 'findings.region.results', { years: yearList(s.currentReviewYears, locale) });
