import type { Indicator, IndicatorValue } from '../data/schema';
import { sortValues } from '../data/valueOrder';
import type { Locale } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import { reviewsOf, type Review } from '../derive/reviews';
import { num, sentence, type SentencePart } from './sentence';
import { startingPoint } from '../derive/targetFlags';
import { valueInWords } from './valueWords';
import { isPoint, periodYears } from '../format/valuePeriods';

/** Where a value's number links to: its sentence in the source page (or nothing, in tests that do not care). */
export type QuoteHref = (v: IndicatorValue) => string | undefined;

const isTarget = (v: IndicatorValue) => v.value_kind === 'target' || v.value_kind === 'interim_target';

const REVIEW_KEY: Record<'exceeded' | 'met' | 'missed' | 'approximate' | 'no_direction', UiKey> = {
  exceeded: 'findings.reading.exceeded',
  met: 'findings.reading.met',
  missed: 'findings.reading.missed',
  approximate: 'findings.reading.unratedApprox',
  no_direction: 'findings.reading.unrated',
};

/** "2022年60个、2025年80个" / "60 by 2022 and 80 by 2025": each target with its year, numbers linked. */
function targetList(targets: IndicatorValue[], indicator: Indicator, locale: Locale, href: QuoteHref): SentencePart[] {
  const items = targets.map((v) => sentence(t(locale, isPoint(v) ? 'findings.reading.targetItem' : 'findings.reading.targetItemPeriod', { year: periodYears(v) }), { value: num(valueInWords(v, indicator, locale), href(v)) }));
  const out: SentencePart[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push({ kind: 'text', text: t(locale, i === items.length - 1 ? 'findings.list.last' : 'findings.list.separator') });
    out.push(...item);
  });
  return out;
}

/**
 * The one sentence an indicator page opens with: how the latest target ended where the document
 * (or, for a series, a later document: pass its `reviews`) gives a result for its year; otherwise
 * where the targets lead from the starting figure; otherwise the latest figure. Every number is the
 * value as written, its qualifier in words.
 */
export function indicatorReading(indicator: Indicator, values: IndicatorValue[], locale: Locale, href: QuoteHref = () => undefined, reviews?: Review[]): SentencePart[] {
  const sorted = sortValues(values);
  const w = (v: IndicatorValue) => num(valueInWords(v, indicator, locale), href(v));
  const review = [...(reviews ?? reviewsOf(sorted))].sort((a, b) => b.year - a.year)[0];
  if (review) {
    return sentence(t(locale, REVIEW_KEY[review.result.status ?? review.result.why ?? 'no_direction'], { year: review.year }), { actual: w(review.actual), target: w(review.target) });
  }
  const targets = sorted.filter(isTarget).sort((a, b) => a.year - b.year || (a.value_kind === 'interim_target' ? -1 : 1));
  if (targets.length > 0) {
    const list = targetList(targets, indicator, locale, href);
    const start = startingPoint(sorted, targets[0]!);
    const plural = targets.length > 1 ? 'Several' : 'One';
    if (!start) return sentence(t(locale, `findings.reading.targetsOnly${plural}`), { targets: list });
    return sentence(t(locale, `findings.reading.fromStart${plural}`, { year: start.year }), { start: w(start), targets: list });
  }
  const latest = [...sorted].sort((a, b) => b.year - a.year)[0];
  if (!latest) return [];
  const earlier = sorted.filter((v) => v.year < latest.year).sort((a, b) => b.year - a.year)[0];
  if (earlier) return sentence(t(locale, 'findings.reading.figureSince', { year: periodYears(latest), startYear: periodYears(earlier) }), { value: w(latest), start: w(earlier) });
  return sentence(t(locale, 'findings.reading.figure', { year: periodYears(latest) }), { value: w(latest) });
}
