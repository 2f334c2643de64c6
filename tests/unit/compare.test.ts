import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildConceptComparison, compareMessages } from '../../src/lib/compare/compareView';
import { conversionBetween, convertValue } from '../../src/lib/derive/conversions';
import { buildPromisesMatrix, cellKey, matrixTable } from '../../src/lib/compare/promisesMatrix';
import { compareQuery, parseCompareState } from '../../src/lib/compare/urlState';
import { checkDataset } from '../../src/lib/validation/loadDataset';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const REGIONS = ['320400', '321200', '330206', '330522', '331022'];
const CONCEPTS = ['nursing-bed-share', 'min-living-standard'];
const ZH = compareMessages('zh');
const EN = compareMessages('en');

describe('unit conversions', () => {
  test('are explicit and exact: per year to per month divides by 12, per mille to per 10,000 multiplies by 10', () => {
    expect(convertValue(9600, 'yuan_per_person_year', 'yuan_per_person_month')).toMatchObject({ value: 800, conversion: { factor: 1 / 12 } });
    expect(convertValue(1.7, 'per_mille', 'persons_per_10000')).toMatchObject({ value: 17 });
    expect(convertValue(53, 'percent', 'percent')).toEqual({ value: 53, conversion: null });
  });

  test('refuse what has no honest conversion', () => {
    expect(convertValue(3000, 'persons', 'persons_per_10000')).toBeNull();
    expect(conversionBetween('yuan_per_person_month', 'yuan_per_person_year')).toBeNull();
  });
});

describe('concept linking in the real dataset', () => {
  test.each(dataset.concepts.map((c) => [c.concept_id]))('%s covers at least two regions, every value in its unit', (id) => {
    const c = buildConceptComparison(dataset, id);
    expect(new Set(c.series.map((s) => s.region.region_code)).size).toBeGreaterThanOrEqual(2);
    for (const s of c.series) for (const p of s.points) expect(Number.isFinite(p.value)).toBe(true);
  });

  test('a region without the figure is listed as without, not drawn as zero', () => {
    const c = buildConceptComparison(dataset, 'min-living-standard');
    expect(c.without.map((r) => r.name_zh).sort()).toEqual(['北仑区', '泰州市', '长兴县'].sort());
    expect(c.series.every((s) => s.points.length > 0)).toBe(true);
  });

  test('Sanmen’s yearly minimum living standard is compared per month, with the factor shown', () => {
    const s = buildConceptComparison(dataset, 'min-living-standard').series.find((x) => x.indicator.indicator_id === 'sanmen-fyp14.t2-min-living-standard')!;
    expect(s.conversion?.explain_zh).toBe('按年的标准除以12换算为按月');
    expect(s.points.find((p) => p.kind === 'baseline')?.value).toBe(800);
    expect(s.points.find((p) => p.kind === 'baseline')?.original.value).toBe(9600);
  });
});

describe('the selection in the URL', () => {
  test('is read back', () => {
    expect(parseCompareState('?regions=331022,320400&concepts=nursing-bed-share', REGIONS, CONCEPTS, ZH)).toEqual({ regions: ['331022', '320400'], concepts: ['nursing-bed-share'], problems: [] });
  });

  test('unknown codes get a clear message and are ignored, not a broken page', () => {
    const s = parseCompareState('?regions=331022,999999,320400&concepts=nope', REGIONS, CONCEPTS, ZH);
    expect(s.regions).toEqual(['331022', '320400']);
    expect(s.concepts).toEqual(CONCEPTS);
    expect(s.problems).toEqual([`未知的地区代码:\u2068999999\u2069(已忽略)。可用代码:${REGIONS.join('、')}。`, '未知的指标概念:\u2068nope\u2069(已忽略)。']);
  });

  test('messages come in the page’s language', () => {
    const s = parseCompareState('?regions=999999,331022&concepts=nope', REGIONS, CONCEPTS, EN);
    expect(s.problems).toEqual([`Unknown region code: \u2068999999\u2069 (ignored). Codes available: ${REGIONS.join(', ')}.`, 'Unknown measure: \u2068nope\u2069 (ignored).', 'A comparison needs at least two regions; please choose another.']);
  });

  test('one region is shown but the reader is told a comparison needs two; nothing selected means all', () => {
    expect(parseCompareState('?regions=331022', REGIONS, CONCEPTS, ZH).problems).toContain('比较至少需要两个地区;请再选择一个。');
    expect(parseCompareState('', REGIONS, CONCEPTS, ZH).regions).toEqual(REGIONS);
  });

  test('is written compactly, and the default view has a clean URL', () => {
    expect(compareQuery({ regions: ['331022', '320400'], concepts: CONCEPTS }, REGIONS, CONCEPTS)).toBe('?regions=331022,320400');
    expect(compareQuery({ regions: REGIONS, concepts: CONCEPTS }, REGIONS, CONCEPTS)).toBe('');
  });
});

describe('the promises matrix', () => {
  test('counts quantified targets per domain and region, binding ones apart', () => {
    const m = buildPromisesMatrix(dataset);
    const sanmenCare = m.cells.get(cellKey('elderly_care', '331022'))!;
    expect(sanmenCare.targets).toBeGreaterThan(0);
    expect(sanmenCare.binding).toBeLessThanOrEqual(sanmenCare.targets);
    expect(m.investment.get('331022')).toBe(dataset.projects.filter((p) => p.doc_id === 'sanmen-fyp14').reduce((n, p) => n + (p.investment_total_cny ?? 0), 0));
  });

  test('is printed in the page’s language: English regions, documents, fields and money', () => {
    const m = buildPromisesMatrix(dataset);
    const en = matrixTable(m, dataset, 'en');
    expect(en.corner).toBe('Field');
    expect(en.columns.find((c) => c.code === '331022')).toEqual({ code: '331022', name: 'Sanmen County', documents: ['county · five-year plan · 2021–2025'] });
    expect(en.rows.map((r) => r.label)).toContain('Elderly care');
    const investment = en.rows.at(-1)!;
    expect(investment.label).toBe('Planned project investment');
    expect(investment.cells.find((c) => c.code === '331022')!.text).toMatch(/^[\d.,]+ (million|billion) yuan$/);
    const care = m.cells.get(cellKey('elderly_care', '331022'))!;
    const careText = en.rows.find((r) => r.label === 'Elderly care')!.cells.find((c) => c.code === '331022')!.text;
    expect(careText).toBe(care.binding ? `${care.targets} (${care.binding})` : String(care.targets));
    expect(JSON.stringify(en)).not.toMatch(/[\u3400-\u9fff]/);
    const zh = matrixTable(m, dataset, 'zh');
    expect(zh.columns.find((c) => c.code === '331022')!.documents).toEqual(['县 · 五年规划 · 2021–2025年']);
    expect(zh.rows.at(-1)!.cells.find((c) => c.code === '331022')!.text).toMatch(/[万亿]元$/);
  });
});
