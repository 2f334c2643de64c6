import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/lib/validation/loadDataset';
import { TABLES } from '../../src/lib/data/schema';
import { UNIT_CODES } from '../../src/lib/data/units';
import { DOMAINS, DOC_TYPES, NATURES, PRECISIONS, PROJECT_CATEGORIES, QUALIFIERS, VALUE_KINDS } from '../../src/lib/data/vocabulary';

// Data notes are shown to readers on region and indicator pages. How the tables were edited
// (which column holds what, which code a value got) belongs in the methodology or the
// CHANGELOG, so a note may not speak in column names, codes or internal ids.
const data = loadDataset();
const columns = [...new Set(Object.values(TABLES).flatMap((schema) => Object.keys(schema.shape)))];
const codes = [...UNIT_CODES, ...DOMAINS, ...DOC_TYPES, ...NATURES, ...PRECISIONS, ...PROJECT_CATEGORIES, ...VALUE_KINDS, ...QUALIFIERS];
const ids = [
  ...data.indicators.map((i) => i.indicator_id), ...data.projects.map((p) => p.project_id), ...data.notes.map((n) => n.note_id),
  ...data.concepts.map((c) => c.concept_id), ...data.documents.map((d) => d.doc_id),
];
const word = (w: string) => new RegExp(`(?<![A-Za-z0-9_.-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`);
// In English prose "year", "unit" or "beds" are plain words; the jargon is the snake_case names and codes.
const jargonIn = (text: string, english: boolean) => [
  ...columns.filter((c) => !english || c.includes('_')),
  ...codes.filter((c) => (english ? c.includes('_') : c.length > 2)),
  ...ids,
].filter((w) => word(w).test(text));

describe.each(data.notes)('data note $note_id', (note) => {
  test('is written for readers: no column names, codes or internal ids', () => {
    expect(jargonIn(note.text_zh, false), note.text_zh).toEqual([]);
    expect(jargonIn(note.text_en, true), note.text_en).toEqual([]);
  });
});

test('the check finds the jargon it looks for', () => {
  expect(new Set(jargonIn('value_text照录,group_zh留空', false))).toEqual(new Set(['value_text', 'group_zh']));
  expect(new Set(jargonIn('Table 8 -> beds_per_10000_elderly; township_zh is blank', true))).toEqual(new Set(['township_zh', 'beds_per_10000_elderly']));
  expect(jargonIn('Both values are published for each year.', true)).toEqual([]);
});
