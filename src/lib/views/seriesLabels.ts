import type { DocumentOf } from '../charts/progressChart';
import type { DocumentRow, IndicatorValue } from '../data/schema';
import type { SeriesValue } from '../data/series';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { DOC_TYPE, periodLabel } from '../format/documentLabels';

/**
 * Short names of a series' documents: period and type ("2021–2025年五年规划", "2025 annual work
 * report"), the publication date added where two documents would share a name.
 */
export function documentNames(documents: readonly DocumentRow[], locale: Locale): Map<string, string> {
  const plain = (d: DocumentRow) => t(locale, 'indicator.series.docName', { period: periodLabel(d, locale), type: DOC_TYPE[locale][d.doc_type] });
  const shared = (d: DocumentRow) => documents.some((o) => o.doc_id !== d.doc_id && plain(o) === plain(d));
  return new Map(documents.map((d) => [d.doc_id, shared(d) ? t(locale, 'indicator.series.docNameDated', { period: periodLabel(d, locale), type: DOC_TYPE[locale][d.doc_type], published: d.published ?? d.doc_id }) : plain(d)]));
}

/** "from the 2021–2025 five-year plan" for what a document sets, "reported in the 2025 annual work report" for an achieved figure. */
export const valueSource = (kind: IndicatorValue['value_kind'], docName: string, locale: Locale): string =>
  t(locale, kind === 'actual' ? 'indicator.series.reportedIn' : 'indicator.series.from', { doc: docName });

/** Names each value's document for a chart of a series; undefined when the series is one document (nothing to tell apart). */
export function documentOfValue(values: readonly SeriesValue[], locale: Locale): DocumentOf | undefined {
  const documents = [...new Map(values.map((v) => [v.document.doc_id, v.document])).values()];
  if (documents.length < 2) return undefined;
  const names = documentNames(documents, locale);
  const docOf = new Map(values.map((v) => [v.value.indicator_id, v.document.doc_id]));
  return (v) => {
    const doc = docOf.get(v.indicator_id);
    return doc === undefined ? null : valueSource(v.value_kind, names.get(doc)!, locale);
  };
}
