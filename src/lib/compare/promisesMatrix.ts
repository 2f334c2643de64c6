import { canonicalIndicators } from '../data/duplicates';
import type { Dataset, Region } from '../data/schema';
import { DOMAIN_NAMES, DOMAINS, type Domain } from '../data/vocabulary';
import { formatYuan } from '../format/values';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/ui';
import { indexDataset } from '../data/datasetIndex';
import { DOC_TYPE, LEVEL, periodLabel } from '../format/documentLabels';
import { regionsWithDocuments } from '../data/regionsWithDocuments';

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
  for (const ind of canonicalIndicators(data)) {
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

/** The matrix as the page prints it, in one language: a column per region, a row per domain, and the investment row. */
export interface MatrixTable {
  /** The header of the row-label column. */
  corner: string;
  /** Each region: its name and one line per document (level · type · period). */
  columns: { code: string; name: string; documents: string[] }[];
  rows: { label: string; cells: { code: string; text: string }[] }[];
}

export function matrixTable(matrix: PromisesMatrix, data: Pick<Dataset, 'documents'>, locale: Locale): MatrixTable {
  const columns = matrix.regions.map((r) => ({
    code: r.region_code,
    name: locale === 'zh' ? r.name_zh : r.name_en,
    documents: data.documents.filter((d) => d.region_code === r.region_code).map((d) => `${LEVEL[locale][r.level]} · ${DOC_TYPE[locale][d.doc_type]} · ${periodLabel(d, locale)}`),
  }));
  const rows = matrix.domains.map((d) => ({
    label: DOMAIN_NAMES[d][locale],
    cells: matrix.regions.map((r) => {
      const cell = matrix.cells.get(cellKey(d, r.region_code));
      const text = !cell ? '—' : cell.binding ? t(locale, 'compare.matrix.cell', { targets: cell.targets, binding: cell.binding }) : String(cell.targets);
      return { code: r.region_code, text };
    }),
  }));
  rows.push({
    label: t(locale, 'compare.matrix.investment'),
    cells: matrix.regions.map((r) => ({ code: r.region_code, text: matrix.investment.has(r.region_code) ? formatYuan(matrix.investment.get(r.region_code)!, locale) : '—' })),
  });
  return { corner: t(locale, 'compare.matrix.domain'), columns, rows };
}
