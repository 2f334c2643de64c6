import type { Dataset, DocumentRow, Indicator, IndicatorValue, Note, Region } from './schema';
import { sortValues } from './valueOrder';

export interface DatasetIndex {
  indicator: (indicatorId: string) => Indicator | undefined;
  /** The rows that repeat an indicator (duplicate_of), in table order. */
  duplicatesOf: (indicatorId: string) => Indicator[];
  valuesOf: (indicatorId: string) => IndicatorValue[];
  notesAbout: (id: string) => Note[];
  indicatorsOfConcept: (conceptId: string) => Indicator[];
  document: (docId: string) => DocumentRow;
  region: (code: string) => Region;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

/** Lookups built once per dataset, so pages do not rescan every table. */
export function indexDataset(data: Dataset): DatasetIndex {
  const hit = cache.get(data);
  if (hit) return hit;
  const values = new Map<string, IndicatorValue[]>();
  for (const v of data.indicator_values) values.set(v.indicator_id, [...(values.get(v.indicator_id) ?? []), v]);
  for (const [k, list] of values) values.set(k, sortValues(list));
  const notes = new Map<string, Note[]>();
  for (const n of data.notes) for (const id of n.related_ids) notes.set(id, [...(notes.get(id) ?? []), n]);
  const concepts = new Map<string, Indicator[]>();
  for (const i of data.indicators) if (i.concept_id) concepts.set(i.concept_id, [...(concepts.get(i.concept_id) ?? []), i]);
  const indicators = new Map(data.indicators.map((i) => [i.indicator_id, i]));
  const duplicates = new Map<string, Indicator[]>();
  for (const i of data.indicators) if (i.duplicate_of !== null) duplicates.set(i.duplicate_of, [...(duplicates.get(i.duplicate_of) ?? []), i]);
  const docs = new Map(data.documents.map((d) => [d.doc_id, d]));
  const regions = new Map(data.regions.map((r) => [r.region_code, r]));
  const index: DatasetIndex = {
    indicator: (id) => indicators.get(id),
    duplicatesOf: (id) => duplicates.get(id) ?? [],
    valuesOf: (id) => values.get(id) ?? [],
    notesAbout: (id) => notes.get(id) ?? [],
    indicatorsOfConcept: (id) => concepts.get(id) ?? [],
    document: (id) => {
      const d = docs.get(id);
      if (!d) throw new Error(`no document ${id}`);
      return d;
    },
    region: (code) => {
      const r = regions.get(code);
      if (!r) throw new Error(`no region ${code}`);
      return r;
    },
  };
  cache.set(data, index);
  return index;
}
