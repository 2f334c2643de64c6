import { conversionBetween } from '../../derive/conversions';
import type { Concept, DocumentRow, Indicator } from '../../data/schema';
import { UNITS } from '../../data/units';
import type { Issue, Located } from '../issues';

/**
 * A concept exists to compare places: it must link indicators of at least two
 * regions, and every linked indicator's unit must be the concept's or convert
 * to it exactly (derive/conversions.ts).
 */
export function checkConcepts(conceptFile: string, indicatorFile: string, concepts: Located<Concept>[], indicators: Located<Indicator>[], documents: Map<string, DocumentRow>, issues: Issue[]): void {
  const byId = new Map(concepts.map((c) => [c.row.concept_id, c]));
  for (const { line, row } of indicators) {
    if (!row.concept_id) continue;
    const concept = byId.get(row.concept_id);
    if (concept && conversionBetween(row.unit, concept.row.unit) === null) {
      issues.push({ file: indicatorFile, line, column: 'unit', message: `${row.unit} (${UNITS[row.unit].zh}) cannot be converted to the unit of concept ${concept.row.concept_id}, ${concept.row.unit}` });
    }
  }
  for (const { line, row } of concepts) {
    const regions = new Set(indicators.filter((i) => i.row.concept_id === row.concept_id).map((i) => documents.get(i.row.doc_id)?.region_code).filter(Boolean));
    if (regions.size < 2) issues.push({ file: conceptFile, line, column: 'concept_id', message: `"${row.concept_id}" links indicators of ${regions.size} region(s); a concept needs at least 2 to compare` });
  }
}
