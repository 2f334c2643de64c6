import { isCountUnit, PER_CAPITA_UNITS } from '../../derive/perCapita';
import type { Indicator } from '../../data/schema';
import { UNITS } from '../../data/units';
import type { Issue, Located } from '../issues';

/**
 * per_capita_count_id pairs a rate per head with the count of the same quantity in the same
 * document (the pair implies a population): it must name an indicator of the same document, the
 * rate's unit must be per head of a population, and the other's a count.
 */
export function checkPerCapitaPairs(file: string, rows: Located<Indicator>[], indicators: Map<string, Indicator>, known: ReadonlySet<string>, issues: Issue[]): void {
  const column = 'per_capita_count_id';
  for (const { line, row } of rows) {
    const id = row.per_capita_count_id;
    if (id === null) continue;
    const count = indicators.get(id);
    if (!count) {
      if (!known.has(id)) issues.push({ file, line, column, message: `"${id}" does not match any indicator in indicators.csv` });
      continue;
    }
    if (!PER_CAPITA_UNITS[row.unit]) issues.push({ file, line, column, message: `is filled, but unit ${row.unit} (${UNITS[row.unit].zh}) is not a rate per head (per 10,000 people or older people, ‰, %)` });
    if (count.doc_id !== row.doc_id) issues.push({ file, line, column, message: `"${id}" is an indicator of ${count.doc_id}, not of ${row.doc_id} (a pair belongs to one document)` });
    if (!isCountUnit(count.unit)) issues.push({ file, line, column, message: `"${id}" has unit ${count.unit} (${UNITS[count.unit].zh}), not a count` });
  }
}
