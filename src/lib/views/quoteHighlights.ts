import type { Dataset } from '../data/schema';
import { localizedPath, type Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { indicatorHref } from './indicatorView';
import { quoteAnchor } from '../format/sourceLines';
import { localName } from '../format/localName';

export interface QuoteUse {
  label: string;
  href: string;
}

export interface HighlightedQuote {
  anchor: string;
  start: number;
  end: number;
  uses: QuoteUse[];
}

export interface LineSegment {
  text: string;
  marked: boolean;
  /** Anchors of quotes that start at this segment. */
  anchors: string[];
}

export interface HighlightedLine {
  number: number;
  segments: LineSegment[];
  /** Quotes that start on this line, with what they feed. */
  quotes: HighlightedQuote[];
}

/**
 * Every quote of a document, where it stands in the text, and the values, projects and notes it
 * feeds: named and linked in the given edition (English names, /en/ pages on the English one).
 */
export function collectQuotes(data: Dataset, docId: string, locale: Locale = 'zh'): HighlightedQuote[] {
  const text = data.sources[docId] ?? '';
  const byQuote = new Map<string, QuoteUse[]>();
  const add = (quote: string, use: QuoteUse) => byQuote.set(quote, [...(byQuote.get(quote) ?? []), { ...use, href: localizedPath(locale, use.href) }]);
  const zh = locale === 'zh';
  const indicators = new Map(data.indicators.filter((i) => i.doc_id === docId).map((i) => [i.indicator_id, i]));
  for (const v of data.indicator_values) {
    const ind = indicators.get(v.indicator_id);
    if (ind) add(v.source_quote, { label: localName(ind, zh), href: indicatorHref(ind.indicator_id) });
  }
  for (const p of data.projects.filter((x) => x.doc_id === docId)) add(p.source_quote, { label: t(locale, 'sources.feeds.project', { name: localName(p, zh) }), href: `/projects/#row-${p.project_id}` });
  for (const n of data.notes.filter((x) => x.doc_id === docId)) {
    const doc = data.documents.find((d) => d.doc_id === docId)!;
    for (const q of [n.quote_a, n.quote_b]) if (q) add(q, { label: t(locale, 'sources.feeds.note'), href: `/regions/${doc.region_code}/#${n.note_id}` });
  }
  return [...byQuote.entries()]
    .map(([quote, uses]) => {
      const start = text.indexOf(quote);
      // The same indicator named by several values of one quote is one link.
      const unique = [...new Map(uses.map((u) => [u.href, u])).values()];
      return { anchor: quoteAnchor(text, quote), start, end: start + quote.length, uses: unique };
    })
    .sort((a, b) => a.start - b.start);
}

/** Splits each line into marked and plain segments; overlapping quotes merge into one marked run. */
export function highlightLines(text: string, quotes: HighlightedQuote[]): HighlightedLine[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const out: HighlightedLine[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    const cuts = new Set<number>([0, line.length]);
    const covering = quotes.filter((q) => q.start < lineEnd && q.end > lineStart);
    for (const q of covering) {
      cuts.add(Math.max(0, q.start - lineStart));
      cuts.add(Math.min(line.length, q.end - lineStart));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: LineSegment[] = [];
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      if (a === b) continue;
      const marked = covering.some((q) => q.start - lineStart <= a && q.end - lineStart >= b);
      const anchors = quotes.filter((q) => q.start - lineStart === a && q.start >= lineStart).map((q) => q.anchor);
      segments.push({ text: line.slice(a, b), marked, anchors });
    }
    if (segments.length === 0) segments.push({ text: line, marked: false, anchors: [] });
    out.push({ number: i + 1, segments, quotes: quotes.filter((q) => q.start >= lineStart && q.start <= lineEnd) });
  });
  return out;
}
