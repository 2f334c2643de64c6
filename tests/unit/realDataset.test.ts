import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { formatIssue } from '../../src/lib/validation/issues';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset, issues } = checkDataset(join(root, 'data'), root);

describe('the real dataset', () => {
  test('validates with no issues', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  test.each(dataset.documents.map((d) => [d.doc_id]))('%s contributes indicators and values', (docId) => {
    const ids = new Set(dataset.indicators.filter((i) => i.doc_id === docId).map((i) => i.indicator_id));
    expect(ids.size).toBeGreaterThan(0);
    expect(dataset.indicator_values.filter((v) => ids.has(v.indicator_id)).length).toBeGreaterThan(10);
  });

  test('holds well over a hundred values', () => {
    expect(dataset.indicator_values.length).toBeGreaterThan(300);
  });

  test('every indicator has at least one value', () => {
    const withValues = new Set(dataset.indicator_values.map((v) => v.indicator_id));
    expect(dataset.indicators.filter((i) => !withValues.has(i.indicator_id)).map((i) => i.indicator_id)).toEqual([]);
  });

  test('covers every row of the indicator tables: Sanmen table 2 (12 rows × 3 years) and Changzhou (20 rows)', () => {
    const t2 = dataset.indicators.filter((i) => i.doc_id === 'sanmen-fyp14' && i.table_ref === '表2');
    expect(t2).toHaveLength(12);
    const t2ids = new Set(t2.map((i) => i.indicator_id));
    expect(dataset.indicator_values.filter((v) => t2ids.has(v.indicator_id))).toHaveLength(36);
    const cz = dataset.indicators.filter((i) => i.doc_id === 'changzhou-fyp14' && i.table_ref === '主要发展指标' && i.attribute !== null);
    expect(cz).toHaveLength(21); // 20 rows, row 8 split into city and county level
  });

  test('covers every row of both project tables (Sanmen 5, Changzhou 23)', () => {
    expect(dataset.projects.filter((p) => p.doc_id === 'sanmen-fyp14' && p.source_quote.includes(' | '))).toHaveLength(5);
    expect(dataset.projects.filter((p) => p.doc_id === 'changzhou-fyp14')).toHaveLength(23);
  });

  test('records the Sanmen minimum living standard both per month and per year, with a note', () => {
    const note = dataset.notes.find((n) => n.doc_id === 'sanmen-fyp14' && n.text_zh.includes('9600') && n.text_zh.includes('660'));
    expect(note).toBeDefined();
  });

  test('every programme with an annual budget is nature programme and has no site', () => {
    for (const p of dataset.projects.filter((x) => x.annual_budget_cny !== null)) {
      expect(p.nature, p.project_id).toBe('programme');
    }
  });
});
