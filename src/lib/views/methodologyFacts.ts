import { join } from 'node:path';
import type { CleaningRule } from '../cleaning/cleanSource';
import { readCleaningRules } from '../cleaning/cleaningRules';
import type { Correction } from '../cleaning/corrections';
import { loadCorrections } from '../cleaning/loadCorrections';
import { conversionBetween } from '../derive/conversions';
import { canonicalIndicators, isCanonical } from '../data/duplicates';
import type { Dataset } from '../data/schema';
import { UNIT_CODES } from '../data/units';
import { DOC_TYPES, PERIODS, PRECISIONS, VALUE_KINDS, YEAR_BASES } from '../data/vocabulary';
import { countFlags, TARGET_FLAGS } from '../derive/targetFlags';
import { withSeries } from './regionView';

export type Locale = 'zh' | 'en';

/** The counts the methodology text quotes, by the name its {{placeholders}} use. */
export type MethodologyFacts = Record<string, number>;

const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;

/**
 * Every number the methodology page states, counted from the dataset, the
 * corrections table and the cleaning rules, so the prose can never drift from
 * the data it describes.
 */
export function methodologyFacts(data: Dataset, corrections: readonly Correction[], rules: readonly CleaningRule[]): MethodologyFacts {
  const concepts = new Map(data.concepts.map((c) => [c.concept_id, c]));
  const linked = data.indicators.filter((i) => i.concept_id !== null && concepts.has(i.concept_id));
  const facts: MethodologyFacts = {
    documents: data.documents.length,
    regions: data.regions.length,
    indicators: data.indicators.length,
    indicators_table: count(data.indicators, (i) => i.origin === 'table'),
    indicators_text: count(data.indicators, (i) => i.origin === 'text'),
    indicators_duplicates: count(data.indicators, (i) => !isCanonical(i)),
    values: data.indicator_values.length,
    projects: data.projects.length,
    notes: data.notes.length,
    concepts: data.concepts.length,
    units: UNIT_CODES.length,
    quotes: data.indicator_values.length + data.projects.length + data.notes.reduce((n, x) => n + (x.quote_a ? 1 : 0) + (x.quote_b ? 1 : 0), 0),
    docs_traditional: count(data.documents, (d) => d.original_script === 'traditional'),
    docs_excerpt: count(data.documents, (d) => d.completeness === 'excerpt'),
    corrections: corrections.length,
    corrections_restored: count(corrections, (c) => c.method !== 'unrestored'),
    cell_tables: rules.reduce((n, r) => n + (r.tables?.length ?? 0), 0),
    lost_characters: Object.values(data.sources).reduce((n, text) => n + (text.match(/□/g)?.length ?? 0), 0),
    concept_indicators: linked.length,
    converted_indicators: count(linked, (i) => {
      const c = conversionBetween(i.unit, concepts.get(i.concept_id!)!.unit);
      return c !== null && c !== 'same';
    }),
    projects_pinned: count(data.projects, (p) => p.location_precision !== 'city' && p.lon !== null),
    projects_precise: count(data.projects, (p) => p.location_precision === 'address' || p.location_precision === 'township'),
  };
  for (const method of ['bytes', 'context', 'unrestored']) facts[`corrections_${method}`] = count(corrections, (c) => c.method === method);
  for (const t of DOC_TYPES) facts[`docs_${t}`] = count(data.documents, (d) => d.doc_type === t);
  for (const k of VALUE_KINDS) facts[`values_${k}`] = count(data.indicator_values, (v) => v.value_kind === k);
  for (const b of YEAR_BASES) facts[`years_${b}`] = count(data.indicator_values, (v) => v.year_basis === b);
  for (const p of PERIODS) facts[`periods_${p}`] = count(data.indicator_values, (v) => v.period === p);
  facts['years_inferred'] = count(data.indicator_values, (v) => v.year_basis.startsWith('inferred_'));
  for (const p of PRECISIONS) facts[`projects_${p}`] = count(data.projects, (x) => x.location_precision === p);
  const flags = countFlags(canonicalIndicators(data).map((i) => withSeries(data, i)));
  facts['targets'] = flags.targets;
  for (const f of TARGET_FLAGS) facts[`targets_${f}`] = flags.flagged[f];
  return facts;
}

/** The corrections table and cleaning rules of a data folder (a fixture folder may have neither). */
export function readCleaningInputs(dir: string): { corrections: Correction[]; rules: CleaningRule[] } {
  return {
    corrections: loadCorrections(join(dir, 'source_corrections.csv')),
    rules: readCleaningRules(join(dir, 'source_cleaning.json')),
  };
}

/**
 * Puts the counted facts into rendered prose: `{{values}}` becomes `424`.
 * A placeholder without a fact stops the build rather than publish `{{…}}`.
 */
export function fillFacts(html: string, facts: MethodologyFacts, locale: Locale): string {
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  return html.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_, key: string) => {
    const n = facts[key];
    if (n === undefined) throw new Error(`methodology (${locale}): no fact named {{${key}}}; known: ${Object.keys(facts).join(', ')}`);
    return format.format(n);
  });
}
