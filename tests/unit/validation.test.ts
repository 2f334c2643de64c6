import { describe, expect, test } from 'vitest';
import { edit, fixtureCsv, messages } from './fixtureDataset';

describe('the validator', () => {
  test('accepts the valid fixture dataset', () => {
    expect(messages()).toEqual([]);
  });

  test('a missing column names the file, line 1 and the column', () => {
    const csv = fixtureCsv('indicators').replace(',unit,', ',').replace(/,percent,|,persons,/g, ',');
    expect(messages({ indicators: csv })).toContain('data/indicators.csv:1: missing column(s): unit');
  });

  test('a wrong type names row and column', () => {
    const csv = edit('indicator_values', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,五十八,');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:3:value: "五十八" is not a number');
  });

  test('a unit outside the fixed list is rejected', () => {
    const csv = edit('indicators', ',percent,', ',kg,');
    expect(messages({ indicators: csv }).join('\n')).toMatch(/^data\/indicators\.csv:2:unit: "kg" is not one of: percent, percent_growth, per_mille, /m);
  });

  test('an empty required field is reported', () => {
    const csv = edit('indicators', 'Share of nursing-care beds,percent', ',percent');
    expect(messages({ indicators: csv })).toContain('data/indicators.csv:2:name_en: is empty');
  });

  test('a duplicate ID names both lines', () => {
    const csv = edit('indicators', 'demo-plan.social-workers,', 'demo-plan.nursing-bed-share,');
    expect(messages({ indicators: csv })).toContain('data/indicators.csv:3:indicator_id: duplicate indicator_id "demo-plan.nursing-bed-share" (first on line 2)');
  });

  test('a dangling foreign key is reported', () => {
    const csv = edit('indicator_values', 'demo-plan.social-workers,2025', 'demo-plan.no-such-thing,2025');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:4:indicator_id: "demo-plan.no-such-thing" does not match any indicator in indicators.csv');
  });

  test('a document in an unknown region is reported', () => {
    const csv = edit('documents', 'demo-plan,990101,', 'demo-plan,990199,');
    expect(messages({ documents: csv })).toContain('data/documents.csv:2:region_code: "990199" does not match any region in regions.csv');
  });

  test.each([
    ['javascript:alert(1)', '"javascript:alert(1)" is not an http(s) address'],
    ['/guihua/huadong/9022.html', '"/guihua/huadong/9022.html" is not an http(s) address'],
    ['ftp://example.org/plan.pdf', '"ftp://example.org/plan.pdf" is not an http(s) address'],
  ])('a source_url that is not an absolute http(s) address (%s) is rejected', (url, reason) => {
    const csv = edit('documents', 'https://demo.invalid/demo-plan.html', url);
    expect(messages({ documents: csv })).toContain(`data/documents.csv:2:source_url: ${reason}`);
  });

  test('a publication date that is not on the calendar is rejected', () => {
    const csv = edit('documents', ',2021-12-01,', ',2021-02-30,');
    expect(messages({ documents: csv })).toContain('data/documents.csv:2:published: "2021-02-30" is not a calendar date');
  });

  test('an ID must start with its own doc_id', () => {
    const csv = edit('indicators', 'demo-plan.social-workers,demo-plan', 'other-plan.social-workers,demo-plan');
    const vals = edit('indicator_values', 'demo-plan.social-workers,2025', 'other-plan.social-workers,2025');
    expect(messages({ indicators: csv, indicator_values: vals })).toContain('data/indicators.csv:3:indicator_id: "other-plan.social-workers" must start with its doc_id "demo-plan."');
  });

  test('a quote that is not in the cleaned text is rejected', () => {
    const csv = edit('indicator_values', '"到2025年,持证社会工作者达到1.5万人"', '"到2025年,持证社工达到1.5万人"');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:4:source_quote: quote not found verbatim in data/sources/demo-plan.txt: "到2025年,持证社工达到1.5万人"');
  });

  test('value_text must stand in the quote', () => {
    const csv = edit('indicator_values', '15000,eq,1.5万人', '15000,eq,1.5万名');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:4:value_text: "1.5万名" is not in source_quote');
  });

  test('the value must be the number written in value_text (万 understood)', () => {
    const csv = edit('indicator_values', '15000,eq,1.5万人', '1500,eq,1.5万人');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:4:value: 1500 is not a number written in value_text "1.5万人"');
  });

  test('an unknown qualifier is rejected', () => {
    const csv = edit('indicator_values', '15000,eq,', '15000,≈,');
    expect(messages({ indicator_values: csv }).join('\n')).toContain('data/indicator_values.csv:4:qualifier: "≈" is not one of: eq, ge, le, about');
  });

  test('an implausible year is rejected', () => {
    const csv = edit('indicator_values', 'demo-plan.social-workers,2025', 'demo-plan.social-workers,2045');
    expect(messages({ indicator_values: csv })).toContain('data/indicator_values.csv:4:year: 2045 is implausible for demo-plan (period 2021–2025)');
  });

  test('a year outside 1949–2100 is not a year the data can speak of', () => {
    const csv = edit('indicator_values', 'demo-plan.social-workers,2025', 'demo-plan.social-workers,2205');
    expect(messages({ indicator_values: csv })).toEqual(['data/indicator_values.csv:4:year: 2205 is outside 1949–2100']);
  });

  test('a project point outside its county is rejected', () => {
    const csv = edit('projects', ',120.5,30.5,county,', ',122.5,30.5,county,');
    expect(messages({ projects: csv })).toContain('data/projects.csv:2:lon: point (122.5, 30.5) lies outside its county 990101 示例县');
  });

  test('a city-wide project may not carry a point', () => {
    const csv = edit('projects', ',990100,,,,city,', ',990100,,120.5,30.5,city,');
    expect(messages({ projects: csv })).toContain('data/projects.csv:3:lon: a city-wide project has no point: leave lon and lat empty');
  });

  test('a county code without polygon is rejected', () => {
    const csv = edit('projects', ',990101,城关镇,', ',990102,城关镇,');
    expect(messages({ projects: csv })).toContain('data/projects.csv:2:county_code: "990102" is not a county in data/geo/counties.geojson');
  });

  test('project money must be what its text says', () => {
    const csv = edit('projects', ',50000000,5000,', ',5000000,5000,');
    expect(messages({ projects: csv })).toContain('data/projects.csv:2:investment_total_cny: 5000000 yuan is not what "5000" says (in 元, 万元 or 亿元)');
  });

  test('project beds must be written in the quote', () => {
    const csv = edit('projects', ',200,21850,', ',210,21850,');
    expect(messages({ projects: csv })).toContain('data/projects.csv:2:beds: 210 is not written in source_quote');
  });

  test('a note quote must be in the cleaned text', () => {
    const csv = edit('notes', ',表1 主要指标,', ',表9 主要指标,');
    expect(messages({ notes: csv })).toContain('data/notes.csv:2:quote_a: quote not found verbatim in data/sources/demo-plan.txt: "表9 主要指标"');
  });

  test('a document without cleaned text is rejected', () => {
    expect(messages({}, {})).toContain('data/documents.csv:2:doc_id: no cleaned text at data/sources/demo-plan.txt');
  });

  test('a row with too many fields names its line', () => {
    const csv = fixtureCsv('regions').trimEnd() + ',extra\n';
    expect(messages({ regions: csv })).toContain('data/regions.csv:3: has 8 fields, the header has 7');
  });

  test('every problem is reported at once, not just the first', () => {
    const vals = edit('indicator_values', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,x,');
    const projects = edit('projects', ',120.5,30.5,county,', ',122.5,30.5,county,');
    const out = messages({ indicator_values: vals, projects });
    expect(out).toHaveLength(2);
  });

  test.each([
    ['a UTF-8 BOM', (s: string) => `\ufeff${s}`],
    ['CRLF line ends', (s: string) => s.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF', (s: string) => `\ufeff${s.replace(/\n/g, '\r\n')}`],
  ])('a CSV saved with %s still validates', (_, variant) => {
    expect(messages({ indicators: variant(fixtureCsv('indicators')), indicator_values: variant(fixtureCsv('indicator_values')) })).toEqual([]);
  });

  test.each([
    ['a UTF-8 BOM', (t: string) => `\ufeff${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF', (t: string) => `\ufeff${t.replace(/\n/g, '\r\n')}`],
  ])('a broken CSV saved with %s names the same row and column', (_, variant) => {
    const csv = variant(edit('indicator_values', '2025,inferred_plan_end,target,point,,,58,', '2025,inferred_plan_end,target,point,,,五十八,'));
    expect(messages({ indicator_values: csv })).toEqual(['data/indicator_values.csv:3:value: "五十八" is not a number']);
  });

  test('a quoted field with a line break does not shift the line numbers of later rows', () => {
    const csv = edit('indicators', 'Certified social workers', '"Certified\nsocial workers"').replace(',persons,', ',kg,');
    expect(messages({ indicators: csv }).join('\n')).toMatch(/^data\/indicators\.csv:3:unit: "kg"/m);
  });

  test('a concept that links only one region is rejected: there is nothing to compare', () => {
    const concepts = `${fixtureCsv('concepts')}nursing-bed-share,护理型床位占比,Share of nursing-care beds,percent,口径不同。,Definitions differ.\n`;
    const indicators = edit('indicators', ',elderly_care,,,,\n', ',elderly_care,nursing-bed-share,,,\n');
    expect(messages({ concepts, indicators })).toContain('data/concepts.csv:2:concept_id: "nursing-bed-share" links indicators of 1 region(s); a concept needs at least 2 to compare');
  });

  test('an indicator whose unit cannot convert to its concept\'s unit is rejected', () => {
    const concepts = `${fixtureCsv('concepts')}carers,持证社工,Certified social workers,persons_per_10000,口径不同。,Definitions differ.\n`;
    const indicators = edit('indicators', ',social_work_volunteering,,,,\n', ',social_work_volunteering,carers,,,\n');
    expect(messages({ concepts, indicators })).toContain('data/indicators.csv:3:unit: persons (人) cannot be converted to the unit of concept carers, persons_per_10000');
  });
});

