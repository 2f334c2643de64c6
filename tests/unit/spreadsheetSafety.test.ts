import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { spreadsheetSafeCell, toCsv } from '../../src/lib/data/csv';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { QUALIFIERS } from '../../src/lib/data/vocabulary';
import { FIELD_DOCS } from '../../src/lib/data/fieldDocs';
import { chartCatalog } from '../../src/lib/downloads/chartCatalog';
import { chartCsv } from '../../src/lib/downloads/chartCsv';
import { QUALIFIER_SIGN, QUALIFIER_WORDS } from '../../src/lib/format/qualifiers';
import { formatValue } from '../../src/lib/format/values';
import { buildDataPackage, datasetZip, publishedDataFiles } from '../../src/lib/publishing/publishedFiles';

// OWASP CSV injection: a cell a spreadsheet would evaluate.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Cells of a CSV text that a spreadsheet would run as a formula (numbers are fine). */
const formulaCells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));

describe('toCsv (every CSV the site publishes)', () => {
  test('prefixes formula-like text with an apostrophe and quotes it', () => {
    const rows = ['=HYPERLINK("http://x","y")', '+1', '-5%', '@SUM(1+1)', '\tx', '\rx', "'=already"].map((name) => ({ name }));
    const csv = toCsv(['name'], rows);
    expect(csv).toBe('name\n"\'=HYPERLINK(""http://x"",""y"")"\n"\'+1"\n"\'-5%"\n"\'@SUM(1+1)"\n"\'\tx"\n"\'\rx"\n"\'\'=already"\n');
    expect(Papa.parse<string[]>(csv).data.slice(1, -1).map((r) => r[0]!.slice(1))).toEqual(rows.map((r) => r.name));
    expect(formulaCells(csv)).toEqual([]);
  });

  test('catches a formula followed by a line break (papaparse’s escapeFormulae would not)', () => {
    expect(toCsv(['a'], [{ a: '=1+1\nx' }])).toBe('a\n"\'=1+1\nx"\n');
  });

  test('leaves numbers alone: JS numbers, and number literals in numeric columns', () => {
    expect(toCsv(['v', 'w'], [{ v: -2, w: -0.5 }])).toBe('v,w\n-2,-0.5\n');
    expect(toCsv(['value', 'lon', 'text'], [{ value: '-2', lon: '-0.5', text: '-2' }], { types: { value: 'number', lon: 'number' } })).toBe("value,lon,text\n-2,-0.5,\"'-2\"\n");
    // A numeric column holding text that is not a number is still neutralised.
    expect(spreadsheetSafeCell('-1+cmd', 'number')).toBe("'-1+cmd");
    expect(spreadsheetSafeCell('safe', 'string')).toBe('safe');
    expect(spreadsheetSafeCell(null)).toBe(null);
  });

  test('writes cells as they are for scripts that rewrite the curated files', () => {
    expect(toCsv(['q'], [{ q: '=x' }], { spreadsheetSafe: false })).toBe('q\n=x\n');
  });

  test('chart CSVs go through it (BOM, CRLF, numbers stay numbers)', () => {
    expect(chartCsv([{ name: '=1+1', value: -2, note: null }])).toBe('\ufeffname,value,note\r\n"\'=1+1",-2,\r\n');
    expect(chartCsv([])).toBe('\ufeff\r\n');
  });
});

describe('the files published from the hostile fixture', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const dir = join(root, 'tests', 'fixtures', 'hostile');
  const { dataset } = checkDataset(dir, root);
  if (!dataset) throw new Error('the hostile fixture does not validate');
  const files = publishedDataFiles(dataset, dir);

  test('no CSV table, in /data/ or in the ZIP, has a raw formula cell; numbers stay numbers', () => {
    const csvs = Object.entries(files).filter(([p]) => p.endsWith('.csv'));
    expect(csvs.length).toBe(7);
    for (const [path, csv] of csvs) expect(formulaCells(csv as string), path).toEqual([]);
    const zip = unzipSync(datasetZip(dataset, dir));
    const zipped = Object.entries(zip).filter(([p]) => p.endsWith('.csv'));
    expect(zipped.length).toBe(7);
    for (const [path, bytes] of zipped) expect(formulaCells(strFromU8(bytes)), path).toEqual([]);
    const values = Papa.parse<Record<string, string>>((files['indicator_values.csv'] as string).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(values.find((v) => v.indicator_id === 'hostile-plan.negative-growth')).toMatchObject({ value: '-5', value_text: "'-5%" });
    const projects = Papa.parse<Record<string, string>>((files['projects.csv'] as string).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(projects.find((p) => p.project_id === 'hostile-plan.formula-home')).toMatchObject({ name_zh: '\'=HYPERLINK("http://x","y")', name_en: "'@SUM(1+1)", location_zh: "'+86 地址", township_zh: "'-镇", implementer_zh: "'=1+1" });
  });

  test('the JSON and Parquet copies keep the text as written', () => {
    const projects = JSON.parse(files['projects.json'] as string) as Record<string, unknown>[];
    expect(projects.find((p) => p['project_id'] === 'hostile-plan.formula-home')).toMatchObject({ name_zh: '=HYPERLINK("http://x","y")', name_en: '@SUM(1+1)' });
    const values = JSON.parse(files['indicator_values.json'] as string) as Record<string, unknown>[];
    expect(values.find((v) => v['indicator_id'] === 'hostile-plan.negative-growth')).toMatchObject({ value: -5, value_text: '-5%' });
    const parquet = Buffer.from(files['projects.parquet'] as Uint8Array).toString('latin1');
    expect(parquet).toContain('=HYPERLINK("http://x","y")');
    expect(parquet).not.toContain('\'=HYPERLINK');
  });

  test('datapackage.json hashes the CSV as published and says how formulas are neutralised', () => {
    const pkg = buildDataPackage(dataset, dir) as { description: string; resources: { name: string; bytes: number }[] };
    expect(pkg.description).toContain("prefixed with an apostrophe '");
    expect(pkg.resources.find((r) => r.name === 'projects')!.bytes).toBe(Buffer.byteLength(files['projects.csv'] as string));
  });

  test.each(['zh', 'en'] as const)('no chart CSV (%s) has a raw formula cell', (locale) => {
    const catalog = chartCatalog(dataset, { origin: 'https://data.example.cn', dataDate: '2026-01-02' }, locale);
    expect(catalog.length).toBeGreaterThan(0);
    for (const entry of catalog) expect(formulaCells(chartCsv(entry.csv())), entry.slug).toEqual([]);
  });
});

describe('qualifiers are stored as words and shown as signs', () => {
  test('the vocabulary has no cell a spreadsheet would read as a formula', () => {
    expect(QUALIFIERS).toEqual(['eq', 'ge', 'le', 'about']);
    expect(FIELD_DOCS.indicator_values['qualifier']!.description).toMatch(/eq = exactly.*ge = at least.*le = at most.*about = approximately/);
  });

  test('each word maps to the sign pages show', () => {
    expect(QUALIFIER_SIGN).toEqual({ zh: { eq: '', ge: '≥', le: '≤', about: '约' }, en: { eq: '', ge: '≥', le: '≤', about: '≈' } });
    expect(QUALIFIER_WORDS.zh.ge).toBe('不低于');
    expect(QUALIFIER_WORDS.en.le).toBe('at most');
    expect(formatValue({ value: 80, qualifier: 'ge' }, 'percent')).toBe('≥80%');
    expect(formatValue({ value: 5, qualifier: 'le' }, 'percent', 'en')).toBe('≤5%');
    expect(formatValue({ value: 3000, qualifier: 'about' }, 'wan_yuan')).toBe('约3000 万元');
  });
});
