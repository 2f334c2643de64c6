import { buildConceptComparison, widestBetweenRegions } from '../compare/compareView';
import { canonicalIndicators } from '../data/duplicates';
import type { Dataset, DocumentRow, Indicator, IndicatorValue, Project, Region } from '../data/schema';
import { UNITS } from '../data/units';
import { formatExact } from '../charts/numberFormat';
import { formatYuan } from '../format/values';
import { localizedPath, type Locale } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import { indexDataset } from '../data/datasetIndex';
import { formatCount } from '../format/countText';
import { impliedChangeOf, indicatorHref } from '../views/indicatorView';
import type { Review } from '../derive/reviews';
import { withSeries } from '../views/regionView';
import { regionsWithDocuments } from '../data/regionsWithDocuments';
import { sourceHref } from '../format/sourceLines';
import { data as dataSlot, num, sentence, type SentencePart } from './sentence';
import { isPreviousPeriod } from './regionSections';
import { countFlags, flagsOfTarget, type FlagCounts } from '../derive/targetFlags';
import { valueInWords } from './valueWords';
import { localName } from '../format/localName';

/** Links and names in one edition, for the sentence builders. */
function speaker(data: Dataset, locale: Locale) {
  const zh = locale === 'zh';
  return {
    zh,
    quote: (docId: string, quote: string) => localizedPath(locale, sourceHref(docId, data.sources[docId] ?? '', quote)),
    valueHref: (indicator: Indicator, v: IndicatorValue) => localizedPath(locale, sourceHref(indicator.doc_id, data.sources[indicator.doc_id] ?? '', v.source_quote)),
    path: (p: string) => localizedPath(locale, p),
    regionName: (r: Region) => (zh ? r.name_zh : r.name_en),
    indicatorName: (i: Indicator) => (localName(i, zh)),
    count: (n: number) => formatCount(n, locale),
  };
}

const yearList = (years: number[], locale: Locale) => [...new Set(years)].sort((a, b) => a - b).join(t(locale, 'findings.list.separator'));

// ── How the targets with a result ended, per document ─────────────────────────────────────────

export interface ReviewTally {
  document: DocumentRow;
  region: Region;
  reviews: Review[];
  done: number;
  missed: number;
  unrated: number;
  /** Every reviewed year falls before the document's own period: the results of the previous plan. */
  previous: boolean;
}

/**
 * Per document with at least one target whose result it reports: how many were met or exceeded,
 * missed, not rateable (each quantity once). A result belongs to the document that reports the
 * achieved figure, whether the target is its own or an earlier document's of the same series.
 */
export function reviewTallies(data: Dataset): ReviewTally[] {
  const ix = indexDataset(data);
  const indicators = canonicalIndicators(data);
  return data.documents.flatMap((document) => {
    const reviews = indicators.filter((i) => i.doc_id === document.doc_id).flatMap((i) => withSeries(data, i).reviews);
    if (reviews.length === 0) return [];
    const status = (s: string | null) => reviews.filter((r) => r.result.status === s).length;
    return [{
      document,
      region: ix.region(document.region_code),
      reviews,
      done: status('met') + status('exceeded'),
      missed: status('missed'),
      unrated: status(null),
      previous: reviews.every((r) => r.year < document.period_start),
    }];
  });
}

export function reviewSentence(data: Dataset, tally: ReviewTally, locale: Locale): SentencePart[] {
  const s = speaker(data, locale);
  const page = s.path(`/regions/${tally.region.region_code}/#results-${tally.document.doc_id}`);
  const key: UiKey = tally.previous ? 'findings.review.previous' : 'findings.review.current';
  const years = yearList(tally.reviews.map((r) => r.year), locale);
  const parts = sentence(t(locale, key, { years }), {
    region: dataSlot(s.regionName(tally.region), page),
    n: num(s.count(tally.reviews.length)),
    done: num(s.count(tally.done)),
    missed: num(s.count(tally.missed)),
  });
  if (tally.unrated === 0) return parts;
  return [...parts, { kind: 'text', text: locale === 'zh' ? '' : ' ' }, ...sentence(t(locale, 'findings.review.unrated'), { n: num(s.count(tally.unrated)) })];
}

// ── The boldest new targets ───────────────────────────────────────────────────────────────────

export interface BoldTarget {
  indicator: Indicator;
  region: Region;
  baseline: IndicatorValue;
  target: IndicatorValue;
  kind: 'rate' | 'points';
  perYear: number;
}

/**
 * Targets of a document's own period with a baseline, ranked by the yearly change they imply
 * (the indicator page's "implied yearly change"): growth rates and percentage points are ranked
 * apart, since one cannot be weighed against the other. A target that asks for no change, or that
 * the baseline already meets, is not bold.
 */
export function boldestTargets(data: Dataset, perKind: number): BoldTarget[] {
  const ix = indexDataset(data);
  const all: BoldTarget[] = [];
  // A row that repeats another (duplicate_of) is the same target: ranked once, as its canonical series.
  for (const indicator of canonicalIndicators(data)) {
    const document = ix.document(indicator.doc_id);
    const { values, known } = withSeries(data, indicator);
    const change = impliedChangeOf(indicator, values);
    if (!change || change.kind === 'absolute' || change.perYear === 0 || change.toYear < document.period_start) continue;
    const baseline = values.find((v) => v.value_kind === 'baseline' && v.year === change.fromYear);
    const target = values.find((v) => v.value_kind === 'target' && v.year === change.toYear);
    // A target the baseline already reaches ("at least 50" from 55) asks for nothing, however far apart the numbers.
    if (!baseline || !target || flagsOfTarget(known, target).includes('already_met')) continue;
    all.push({ indicator, region: ix.region(document.region_code), baseline, target, kind: change.kind, perYear: change.perYear });
  }
  const top = (kind: BoldTarget['kind']) => all.filter((b) => b.kind === kind).sort((a, b) => Math.abs(b.perYear) - Math.abs(a.perYear)).slice(0, perKind);
  return [...top('rate'), ...top('points')];
}

const round1 = (n: number, locale: Locale) => formatExact(Math.round(Math.abs(n) * 10) / 10, locale);

export function boldSentence(data: Dataset, b: BoldTarget, locale: Locale): SentencePart[] {
  const s = speaker(data, locale);
  const n = round1(b.perYear, locale);
  const up = b.perYear > 0;
  const key: UiKey = b.kind === 'rate'
    ? (up ? 'findings.boldest.rateUp' : 'findings.boldest.rateDown')
    : n === '1' ? (up ? 'findings.boldest.pointsUp.one' : 'findings.boldest.pointsDown.one') : up ? 'findings.boldest.pointsUp' : 'findings.boldest.pointsDown';
  return sentence(t(locale, key, { startYear: b.baseline.year, year: b.target.year, n }), {
    region: dataSlot(s.regionName(b.region)),
    indicator: dataSlot(s.indicatorName(b.indicator), s.path(indicatorHref(b.indicator.indicator_id))),
    start: num(valueInWords(b.baseline, b.indicator, locale), s.valueHref(b.indicator, b.baseline)),
    target: num(valueInWords(b.target, b.indicator, locale), s.valueHref(b.indicator, b.target)),
  });
}

// ── What the projects cost ────────────────────────────────────────────────────────────────────

export interface ProjectSpend {
  /** Projects that state a one-off total investment (yearly programme budgets are not added in). */
  costed: Project[];
  total: number;
  largest: Project;
}

export function projectSpend(data: Dataset): ProjectSpend | null {
  const costed = data.projects.filter((p) => p.investment_total_cny !== null);
  const largest = [...costed].sort((a, b) => (b.investment_total_cny ?? 0) - (a.investment_total_cny ?? 0))[0];
  if (!largest) return null;
  return { costed, total: costed.reduce((sum, p) => sum + (p.investment_total_cny ?? 0), 0), largest };
}

export function projectSentences(data: Dataset, spend: ProjectSpend, locale: Locale): SentencePart[][] {
  const s = speaker(data, locale);
  const ix = indexDataset(data);
  const region = ix.region(ix.document(spend.largest.doc_id).region_code);
  return [
    sentence(t(locale, spend.costed.length === 1 ? 'findings.projects.total.one' : 'findings.projects.total'), {
      n: num(s.count(spend.costed.length)),
      total: num(formatYuan(spend.total, locale)),
    }),
    sentence(t(locale, 'findings.projects.largest'), {
      region: dataSlot(s.regionName(region)),
      project: dataSlot(s.zh ? spend.largest.name_zh : spend.largest.name_en, s.path(`/projects/#row-${spend.largest.project_id}`)),
      amount: num(formatYuan(spend.largest.investment_total_cny ?? 0, locale), s.quote(spend.largest.doc_id, spend.largest.source_quote)),
    }),
  ];
}

// ── Where the regions differ most ─────────────────────────────────────────────────────────────

export interface Spread {
  conceptId: string;
  conceptName: { zh: string; en: string };
  kind: 'target' | 'actual';
  low: SpreadEnd;
  high: SpreadEnd;
  /** Highest over lowest, both in the concept's unit. */
  ratio: number;
}

export interface SpreadEnd {
  indicator: Indicator;
  region: Region;
  value: IndicatorValue;
  /** The region has more than one row in this comparison (urban and rural, another denominator…): the sentence names the row. */
  oneOfSeveral: boolean;
}

/**
 * For each concept that is a rate or a share (totals depend on population, so they are not set
 * side by side), the widest gap between two different regions among final targets, or else among
 * latest achieved values; widest first. Values of one kind only are compared, never a target with
 * a result, nor a previous plan's target with a current one. A region with two rows (urban and rural, another denominator) is still one region: its
 * rows are never set against each other, and the gap is the widest between it and another place.
 */
export function widestSpreads(data: Dataset, count: number): Spread[] {
  const out: Spread[] = [];
  for (const concept of data.concepts) {
    if (UNITS[concept.unit].kind === 'count') continue;
    const comparison = buildConceptComparison(data, concept.concept_id);
    for (const kind of ['target', 'actual'] as const) {
      const points = comparison.series.flatMap((se) => {
        const p = se.points.find((x) => x.kind === kind);
        // A previous plan's target (Sanmen's 13th-plan table beside its 14th) is a result to review, not a promise to set beside others.
        if (p && kind === 'target' && p.year < se.document.period_start) return [];
        // A converted figure is not the number in its quote; only figures as written are set side by side here.
        return p && se.conversion === null ? [{ indicator: se.indicator, region: se.region, value: p.original, converted: p.value }] : [];
      });
      const widest = widestBetweenRegions(points);
      if (!widest) continue;
      const several = (code: string) => points.filter((p) => p.region.region_code === code).length > 1;
      const end = ({ indicator, region, value }: (typeof points)[number]): SpreadEnd => ({ indicator, region, value, oneOfSeveral: several(region.region_code) });
      out.push({ conceptId: concept.concept_id, conceptName: { zh: concept.name_zh, en: concept.name_en }, kind, low: end(widest.low), high: end(widest.high), ratio: widest.ratio });
      break;
    }
  }
  return out.sort((a, b) => b.ratio - a.ratio).slice(0, count);
}

export function spreadSentence(data: Dataset, sp: Spread, locale: Locale): SentencePart[] {
  const s = speaker(data, locale);
  // A region with several rows is named with the row's own indicator: "三门县(农村低保)", not just "三门县".
  const endName = (e: SpreadEnd) => (e.oneOfSeveral ? t(locale, 'findings.spread.regionRow', { region: s.regionName(e.region), indicator: s.indicatorName(e.indicator) }) : s.regionName(e.region));
  return sentence(t(locale, sp.kind === 'target' ? 'findings.spread.target' : 'findings.spread.actual', { ratio: round1(sp.ratio, locale) }), {
    concept: dataSlot(sp.conceptName[locale], s.path(`/compare/${sp.conceptId}/`)),
    low: num(valueInWords(sp.low.value, sp.low.indicator, locale), s.valueHref(sp.low.indicator, sp.low.value)),
    lowRegion: dataSlot(endName(sp.low)),
    high: num(valueInWords(sp.high.value, sp.high.indicator, locale), s.valueHref(sp.high.indicator, sp.high.value)),
    highRegion: dataSlot(endName(sp.high)),
  });
}

// ── How solid the targets are, per document ───────────────────────────────────────────────────

export interface DocumentFlags {
  document: DocumentRow;
  region: Region;
  counts: FlagCounts;
}

/** Target flags counted per document that sets targets for its own period (a previous plan's targets are its results, not promises). */
export function flagsPerDocument(data: Dataset): DocumentFlags[] {
  const ix = indexDataset(data);
  const indicators = canonicalIndicators(data);
  return data.documents.flatMap((document) => {
    // A target starts from what was known when its document was written: in a series, also the earlier documents' figures.
    const own = indicators.filter((i) => i.doc_id === document.doc_id).map((i) => withSeries(data, i));
    const counts = countFlags(own.filter((i) => !isPreviousPeriod(i.values, document)));
    return counts.targets === 0 ? [] : [{ document, region: ix.region(document.region_code), counts }];
  });
}

/** "Target values: N. Already met at the start: A; …" */
export function flagSentence(counts: FlagCounts, locale: Locale): SentencePart[] {
  const c = (n: number) => num(formatCount(n, locale));
  return sentence(t(locale, 'findings.flags.summary'), {
    targets: c(counts.targets),
    already: c(counts.flagged.already_met),
    noBase: c(counts.flagged.no_baseline),
    about: c(counts.flagged.approximate),
  });
}

/** Regions in the order of the region list, for the picker. */
export const pickerRegions = (data: Dataset): Region[] => regionsWithDocuments(data);
