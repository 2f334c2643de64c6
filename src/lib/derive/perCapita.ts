import type { Indicator, IndicatorValue, Note } from '../data/schema';
import type { Qualifier } from '../data/vocabulary';
import { UNITS, type UnitCode } from '../data/units';

/**
 * A rate per head of a population, paired (indicators.per_capita_count_id) with the count of
 * the same quantity in the same document, implies the population: count ÷ rate × per.
 * Two pairs of one document and year over the same population should imply about the same
 * population; when they do not, the document contradicts itself and a data note says so.
 */
export type PopulationBase = 'population' | 'older_people';

/** Units that are a rate per head: how many heads one unit counts, and of whom. */
export const PER_CAPITA_UNITS: Partial<Record<UnitCode, { per: number; base: PopulationBase }>> = {
  persons_per_10000: { per: 10_000, base: 'population' },
  organisations_per_10000: { per: 10_000, base: 'population' },
  per_mille: { per: 1_000, base: 'population' },
  /** Only as a share of a population, which the pairing says. */
  percent: { per: 100, base: 'population' },
  beds_per_1000_elderly: { per: 1_000, base: 'older_people' },
  beds_per_10000_elderly: { per: 10_000, base: 'older_people' },
  persons_per_10000_elderly: { per: 10_000, base: 'older_people' },
};

/** A count can be paired only with a count. */
export const isCountUnit = (unit: UnitCode): boolean => UNITS[unit].kind === 'count';

export interface ImpliedPopulation {
  doc_id: string;
  year: number;
  base: PopulationBase;
  rate: { indicator_id: string; value: number; qualifier: Qualifier; value_kind: IndicatorValue['value_kind']; source_quote: string };
  count: { indicator_id: string; value: number; qualifier: Qualifier; value_kind: IndicatorValue['value_kind']; source_quote: string };
  /** count ÷ rate × per, rounded to a whole person. */
  population: number;
}

/** Every year in which both the rate and its paired count have a value (same kind of figure not required). */
export function impliedPopulations(indicators: readonly Indicator[], values: readonly IndicatorValue[]): ImpliedPopulation[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const valuesOf = (id: string) => values.filter((v) => v.indicator_id === id && v.period === 'point');
  const out: ImpliedPopulation[] = [];
  for (const rate of indicators) {
    if (!rate.per_capita_count_id) continue;
    const count = byId.get(rate.per_capita_count_id);
    const unit = PER_CAPITA_UNITS[rate.unit];
    if (!count || !unit || count.doc_id !== rate.doc_id || !isCountUnit(count.unit)) continue; // reported by the validator
    for (const r of valuesOf(rate.indicator_id)) {
      for (const c of valuesOf(count.indicator_id).filter((v) => v.year === r.year)) {
        if (r.value <= 0) continue;
        const pick = (v: IndicatorValue) => ({ indicator_id: v.indicator_id, value: v.value, qualifier: v.qualifier, value_kind: v.value_kind, source_quote: v.source_quote });
        out.push({ doc_id: rate.doc_id, year: r.year, base: unit.base, rate: pick(r), count: pick(c), population: Math.round((c.value / r.value) * unit.per) });
      }
    }
  }
  return out.sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.year - b.year || (a.rate.indicator_id < b.rate.indicator_id ? -1 : 1)));
}

export interface PopulationDisagreement {
  a: ImpliedPopulation;
  b: ImpliedPopulation;
  /** larger ÷ smaller − 1 (0.25 = 25 % apart). */
  apart: number;
  /** The data note that names both rates (or both counts), if any. */
  note_id: string | null;
}

/** Pairs of one document, year and population base whose implied populations are more than `tolerance` apart. */
export function populationDisagreements(pairs: readonly ImpliedPopulation[], notes: readonly Note[], tolerance = 0.25): PopulationDisagreement[] {
  const out: PopulationDisagreement[] = [];
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const a = pairs[i]!;
      const b = pairs[j]!;
      if (a.doc_id !== b.doc_id || a.year !== b.year || a.base !== b.base || a.rate.indicator_id === b.rate.indicator_id) continue;
      const apart = Math.max(a.population, b.population) / Math.min(a.population, b.population) - 1;
      if (!(apart > tolerance)) continue;
      const names = (n: Note, x: ImpliedPopulation) => n.related_ids.includes(x.rate.indicator_id) || n.related_ids.includes(x.count.indicator_id);
      const note = notes.find((n) => n.doc_id === a.doc_id && names(n, a) && names(n, b));
      out.push({ a, b, apart, note_id: note?.note_id ?? null });
    }
  }
  return out;
}
