import { buildCompareChart } from '../charts/compareChart';
import { legendKinds, legendSvg, stackSvgs } from '../charts/legend';
import { plotSvg } from '../charts/renderChart';
import { buildConceptComparison, type ConceptComparison } from '../compare/compareView';
import { UNITS } from '../data/units';
import { localName } from '../format/localName';
import { t } from '../i18n/ui';
import type { ChartKind } from './chartKind';

const CARD_WORDS = {
  zh: { kicker: '地区比较', unit: '单位:', list: '、' },
  en: { kicker: 'Comparison', unit: 'Unit: ', list: ', ' },
} as const;

/** A concept compared across regions: one row per region's indicator, on one scale. */
export const compareChart: ChartKind<ConceptComparison> = {
  name: 'compare',
  select: ({ data }) => data.concepts.map((concept) => buildConceptComparison(data, concept.concept_id)),
  slug: ({ concept }) => `compare/${concept.concept_id}`,
  pagePath: ({ concept }, ctx) => ctx.page(`/compare/${concept.concept_id}/`),
  frame: ({ concept, series }, ctx) => ({
    title: t(ctx.locale, 'embed.catalog.compareTitle', {
      concept: ctx.zh ? concept.name_zh : concept.name_en,
      regions: [...new Set(series.map((s) => ctx.regionName(s.region)))].join(t(ctx.locale, 'embed.catalog.regionSeparator')),
    }),
    subtitle: t(ctx.locale, 'embed.catalog.compareSubtitle', { note: ctx.zh ? concept.comparability_note_zh : concept.comparability_note_en }),
    source: ctx.sourceLine(series.map((s) => ctx.docLine(s.region, s.document))),
  }),
  // The file carries its own key, above the rows, swatches drawn from the marks' style.
  file: ({ concept, series, domain }, ctx) => {
    const legend = legendKinds(series.flatMap((s) => s.points.map((p) => p.kind))).map((kind) => ({ kind, label: t(ctx.locale, `compare.legend.${kind}`) }));
    const rows = plotSvg(buildCompareChart(series, domain, UNITS[concept.unit][ctx.locale], ctx.locale));
    return stackSvgs([legendSvg(legend, rows.width), rows], 6);
  },
  csv: ({ concept, series }, ctx) =>
    series.flatMap((s) =>
      s.points.map((p) => ({
        concept_id: concept.concept_id,
        region_code: s.region.region_code,
        region: ctx.regionName(s.region),
        indicator_id: s.indicator.indicator_id,
        year: p.year,
        value_kind: p.kind,
        value: p.value,
        unit: concept.unit,
        original_value: p.original.value,
        original_unit: s.indicator.unit,
        conversion: (ctx.zh ? s.conversion?.explain_zh : s.conversion?.explain_en) ?? '',
        source_quote: p.original.source_quote,
        source_url: ctx.quoteUrl(s.document.doc_id, p.original.source_quote),
      })),
    ),
  embedHeight: ({ series, without }) => 340 + (series.length + without.length) * 112,
  // The comparison's page has its own link-preview card, picturing the file's chart.
  card: ({ concept, series }, ctx) => {
    const w = CARD_WORDS[ctx.locale];
    return {
      kicker: w.kicker,
      title: localName(concept, ctx.zh),
      subtitle: `${[...new Set(series.map((s) => localName(s.region, ctx.zh)))].join(w.list)} · ${w.unit}${UNITS[concept.unit][ctx.locale]}`,
    };
  },
};
