import type { Concept, Dataset, DocumentRow, Indicator, IndicatorValue, Region } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { indexDataset } from '../site/datasetIndex';
import { regionsWithDocuments } from '../site/regionView';
import { convertValue, type Conversion } from './conversions';
import type { CompareMessages } from './urlState';

export interface ComparePoint {
  kind: IndicatorValue['value_kind'];
  year: number;
  /** In the concept's unit. */
  value: number;
  original: IndicatorValue;
}

export interface CompareSeries {
  indicator: Indicator;
  region: Region;
  document: DocumentRow;
  /** Starting point (latest baseline), latest achieved value and final target — what a comparison needs. */
  points: ComparePoint[];
  conversion: Conversion | null;
}

export interface ConceptComparison {
  concept: Concept;
  series: CompareSeries[];
  /** Regions with documents but no figure for this concept: shown as "no comparable figure", never as zero. */
  without: Region[];
  /** The shared scale for every row. */
  domain: [number, number];
}

const pick = (values: IndicatorValue[], kind: IndicatorValue['value_kind'], latest: boolean) =>
  values.filter((v) => v.value_kind === kind).sort((a, b) => (latest ? b.year - a.year : a.year - b.year))[0];

/** One concept across regions, values converted to the concept's unit, on one scale. */
export function buildConceptComparison(data: Dataset, conceptId: string): ConceptComparison {
  const ix = indexDataset(data);
  const concept = data.concepts.find((c) => c.concept_id === conceptId);
  if (!concept) throw new Error(`no concept ${conceptId}`);
  const series: CompareSeries[] = ix.indicatorsOfConcept(conceptId).map((indicator) => {
    const document = ix.document(indicator.doc_id);
    const values = ix.valuesOf(indicator.indicator_id);
    const chosen = [pick(values, 'baseline', true), pick(values, 'actual', true), pick(values, 'target', true) ?? pick(values, 'interim_target', true)].filter((v): v is IndicatorValue => v !== undefined);
    let conversion: Conversion | null = null;
    const points = chosen.map((v) => {
      const c = convertValue(v.value, indicator.unit, concept.unit);
      if (!c) throw new Error(`${indicator.indicator_id}: ${indicator.unit} does not convert to ${concept.unit}`);
      conversion = c.conversion;
      return { kind: v.value_kind, year: v.year, value: c.value, original: v };
    });
    return { indicator, region: ix.region(document.region_code), document, points, conversion };
  });
  const regionOrder = regionsWithDocuments(data).map((r) => r.region_code);
  series.sort((a, b) => regionOrder.indexOf(a.region.region_code) - regionOrder.indexOf(b.region.region_code));
  const covered = new Set(series.map((s) => s.region.region_code));
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  const max = Math.max(0, ...all);
  const domain: [number, number] = concept.unit === 'percent' && max <= 100 ? [0, 100] : [0, max * 1.1 || 1];
  return { concept, series, without: regionsWithDocuments(data).filter((r) => !covered.has(r.region_code)), domain };
}

/** The selector's messages in a locale (the island gets them through data attributes). */
export function compareMessages(locale: Locale): CompareMessages {
  return {
    unknownRegions: t(locale, 'compare.msg.unknownRegions'),
    unknownConcepts: t(locale, 'compare.msg.unknownConcepts'),
    needTwo: t(locale, 'compare.msg.needTwo'),
    listSeparator: t(locale, 'compare.listSeparator'),
  };
}
