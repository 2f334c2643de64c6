import type { Concept, Dataset, DocumentRow, Indicator, IndicatorValue, Region } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { indexDataset } from '../data/datasetIndex';
import { regionsWithDocuments } from '../data/regionsWithDocuments';
import { convertValue, type Conversion } from '../derive/conversions';
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
  /**
   * Regions with more than one row: figures of one document that legitimately differ (urban and
   * rural, another denominator, the previous plan's result beside this plan's table). Each row
   * names its own indicator and where in the document it stands; a region still counts once.
   */
  repeated: Region[];
}

/**
 * The widest gap between two different regions: of all pairs of points from different regions,
 * the one with the largest high/low ratio (lows above zero only). Two rows of one region (urban
 * and rural, say) are never set against each other as if they were two places. Null when fewer
 * than two regions have a usable figure.
 */
export function widestBetweenRegions<T extends { region: Pick<Region, 'region_code'>; converted: number }>(points: readonly T[]): { low: T; high: T; ratio: number } | null {
  let best: { low: T; high: T; ratio: number } | null = null;
  for (const low of points) {
    if (low.converted <= 0) continue;
    for (const high of points) {
      if (high.region.region_code === low.region.region_code) continue;
      const ratio = high.converted / low.converted;
      if (ratio >= 1 && (best === null || ratio > best.ratio)) best = { low, high, ratio };
    }
  }
  return best;
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
  const rowsOf = (code: string) => series.filter((s) => s.region.region_code === code).length;
  const repeated = regionsWithDocuments(data).filter((r) => rowsOf(r.region_code) > 1);
  return { concept, series, without: regionsWithDocuments(data).filter((r) => !covered.has(r.region_code)), domain, repeated };
}

/**
 * Where a row stands in its document, to tell two rows of one region apart: "表1" / "Table 1", a
 * named table as written, or the running text.
 */
export function rowSourceLabel(indicator: Pick<Indicator, 'origin' | 'table_ref'>, locale: Locale): string {
  if (indicator.origin === 'text' || indicator.table_ref === null) return t(locale, 'compare.row.text');
  const n = /^表(\d+(?:-\d+)?)$/.exec(indicator.table_ref)?.[1];
  return n !== undefined ? t(locale, 'compare.row.tableNumber', { n }) : t(locale, 'compare.row.namedTable', { table: indicator.table_ref });
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
