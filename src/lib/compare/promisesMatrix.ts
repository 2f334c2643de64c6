import type { Dataset, Region } from '../data/schema';
import { DOMAINS, type Domain } from '../data/vocabulary';
import { indexDataset } from '../site/datasetIndex';
import { regionsWithDocuments } from '../site/regionView';

export interface MatrixCell {
  targets: number;
  binding: number;
}

export interface PromisesMatrix {
  regions: Region[];
  domains: Domain[];
  cells: Map<string, MatrixCell>;
  /** Planned one-off project investment per region, in yuan (yearly budgets are not totals and are left out). */
  investment: Map<string, number>;
}

export const cellKey = (domain: Domain, region: string) => `${domain}|${region}`;

/** Domains × regions: how many quantified targets each plan sets, how many binding, and its planned investment. */
export function buildPromisesMatrix(data: Dataset): PromisesMatrix {
  const ix = indexDataset(data);
  const regions = regionsWithDocuments(data);
  const cells = new Map<string, MatrixCell>();
  for (const ind of data.indicators) {
    const region = ix.document(ind.doc_id).region_code;
    const targets = ix.valuesOf(ind.indicator_id).filter((v) => v.value_kind === 'target' || v.value_kind === 'interim_target').length;
    if (targets === 0) continue;
    const key = cellKey(ind.domain, region);
    const cell = cells.get(key) ?? { targets: 0, binding: 0 };
    cell.targets += targets;
    if (ind.attribute === 'binding') cell.binding += targets;
    cells.set(key, cell);
  }
  const investment = new Map<string, number>();
  for (const p of data.projects) {
    if (p.investment_total_cny === null) continue;
    const region = ix.document(p.doc_id).region_code;
    investment.set(region, (investment.get(region) ?? 0) + p.investment_total_cny);
  }
  const domains = DOMAINS.filter((d) => regions.some((r) => cells.has(cellKey(d, r.region_code))));
  return { regions, domains, cells, investment };
}
