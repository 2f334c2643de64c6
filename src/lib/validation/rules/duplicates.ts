import type { Indicator, IndicatorValue } from '../../data/schema';
import { matchingValue } from '../../data/duplicates';
import { QUALIFIER_SIGN } from '../../format/qualifiers';
import type { Issue, Located } from '../issues';

const sign = (q: IndicatorValue['qualifier']) => QUALIFIER_SIGN.en[q];

/**
 * One canonical series per quantity per document. `duplicate_of` marks a row that repeats another
 * row of the same document (a text mention of a table row): it names an indicator of the same
 * document and unit, not itself and not another duplicate; the duplicate links no concept (only
 * the canonical series is compared), and every figure it states is the canonical's figure of that
 * year and kind, value and qualifier alike. Two figures that differ are a contradiction for a
 * data note, never a duplicate. (An id that names no indicator is reported by the references check.)
 */
export function checkDuplicates(
  indicatorFile: string,
  valueFile: string,
  indicators: Located<Indicator>[],
  values: Located<IndicatorValue>[],
  issues: Issue[],
): void {
  const byId = new Map(indicators.map((i) => [i.row.indicator_id, i.row]));
  const duplicates = new Map<string, Indicator>();
  for (const { line, row } of indicators) {
    const target = row.duplicate_of;
    if (target === null) continue;
    const at = (column: string, message: string) => issues.push({ file: indicatorFile, line, column, message });
    if (target === row.indicator_id) {
      at('duplicate_of', 'names the indicator itself; leave it empty on the canonical series');
      continue;
    }
    const canonical = byId.get(target);
    if (!canonical) continue;
    if (canonical.doc_id !== row.doc_id) {
      at('duplicate_of', `"${target}" is an indicator of ${canonical.doc_id}, not of ${row.doc_id}; a duplicate repeats a series of its own document`);
      continue;
    }
    if (canonical.unit !== row.unit) {
      at('duplicate_of', `"${target}" is in ${canonical.unit}, this row in ${row.unit}; a duplicate repeats its canonical in the same unit`);
      continue;
    }
    if (canonical.duplicate_of !== null) {
      at('duplicate_of', `"${target}" is itself a duplicate (of "${canonical.duplicate_of}"); name the canonical series`);
      continue;
    }
    if (row.concept_id !== null) at('concept_id', `is set on a duplicate of "${target}"; only the canonical series is compared: leave it empty here`);
    duplicates.set(row.indicator_id, canonical);
  }
  if (duplicates.size === 0) return;
  const valuesOf = new Map<string, IndicatorValue[]>();
  for (const { row } of values) valuesOf.set(row.indicator_id, [...(valuesOf.get(row.indicator_id) ?? []), row]);
  for (const { line, row } of values) {
    const canonical = duplicates.get(row.indicator_id);
    if (!canonical) continue;
    const at = (column: string, message: string) => issues.push({ file: valueFile, line, column, message });
    const match = matchingValue(valuesOf.get(canonical.indicator_id) ?? [], row);
    const what = `${row.year} ${row.value_kind}`;
    if (!match) at('year', `${what}: the canonical "${canonical.indicator_id}" states no figure for ${row.year}; a duplicate only repeats its canonical's figures`);
    else if (match.value !== row.value || match.qualifier !== row.qualifier) {
      at(match.value !== row.value ? 'value' : 'qualifier', `${what} is ${sign(row.qualifier)}${row.value}, the canonical "${canonical.indicator_id}" states ${sign(match.qualifier)}${match.value}: figures that differ are a contradiction for a data note, not a duplicate`);
    }
  }
}
