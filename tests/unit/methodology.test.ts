import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { fillFacts, methodologyFacts, readCleaningInputs } from '../../src/lib/views/methodologyFacts';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const { corrections, rules } = readCleaningInputs(join(root, 'data'));
const facts = methodologyFacts(dataset, corrections, rules);
const prose = (locale: string) => readFileSync(join(root, 'src', 'content', 'methodology', `${locale}.md`), 'utf8');
const placeholders = (md: string) => [...md.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1]!);

describe('the methodology facts', () => {
  test('are counted from the dataset, the corrections table and the cleaning rules', () => {
    expect(facts['values']).toBe(dataset.indicator_values.length);
    expect(facts['indicators']).toBe(dataset.indicators.length);
    expect(facts['notes']).toBe(dataset.notes.length);
    expect(facts['corrections']).toBe(corrections.length);
    expect(facts['corrections_bytes']! + facts['corrections_context']! + facts['corrections_unrestored']!).toBe(facts['corrections']);
    expect(facts['values_baseline']! + facts['values_interim_target']! + facts['values_target']! + facts['values_actual']!).toBe(facts['values']);
    expect(facts['projects_address']! + facts['projects_township']! + facts['projects_county']! + facts['projects_city']!).toBe(facts['projects']);
    expect(facts['cell_tables']).toBeGreaterThan(0);
  });

  test('every unrestorable character is one □ in the cleaned texts, and none sits in an extracted figure', () => {
    expect(facts['lost_characters']).toBe(facts['corrections_unrestored']);
    const written = [
      ...dataset.indicator_values.map((v) => v.value_text),
      ...dataset.projects.flatMap((p) => [p.investment_total_text, p.investment_in_period_text, p.investment_to_date_text, p.annual_budget_text]),
    ];
    expect(written.filter((t) => t?.includes('□'))).toEqual([]);
  });

  test('fill the prose, formatted for its language', () => {
    expect(fillFacts('<p>{{values}} 个数值</p>', { values: 1234 }, 'zh')).toBe('<p>1,234 个数值</p>');
    expect(fillFacts('<p>{{ values }} values</p>', { values: 1234 }, 'en')).toBe('<p>1,234 values</p>');
  });

  test('a placeholder without a fact stops the build instead of publishing {{…}}', () => {
    expect(() => fillFacts('<p>{{valeus}}</p>', facts, 'en')).toThrow('methodology (en): no fact named {{valeus}}');
  });
});

describe.each(['zh', 'en'])('the %s methodology text', (locale) => {
  test('names only facts that are counted', () => {
    expect(placeholders(prose(locale)).filter((k) => !(k in facts))).toEqual([]);
  });

  test('has a title, a description and a lede, and no h1 of its own (the page has one)', () => {
    const md = prose(locale);
    expect(md).toMatch(/^---\ntitle: .+\ndescription: .+\nlede: .+\n---\n/);
    expect(md).not.toMatch(/^# /m);
  });

  test('says the same as the other language: the same sections and the same counted facts', () => {
    const other = prose(locale === 'zh' ? 'en' : 'zh');
    expect(prose(locale).match(/^## /gm)?.length).toBe(other.match(/^## /gm)?.length);
    expect(new Set(placeholders(prose(locale)))).toEqual(new Set(placeholders(other)));
  });
});
