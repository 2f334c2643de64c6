import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildCompareChart } from '../../src/lib/charts/compareChart';
import { buildConceptComparison } from '../../src/lib/compare/compareView';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { chartCatalog, downloadPath, embedPath } from '../../src/lib/downloads/chartCatalog';
import { chartCsv } from '../../src/lib/downloads/chartCsv';
import { EMBED_MESSAGE_TYPE } from '../../src/lib/downloads/embedMessage';
import { embedCode, resizeListenerJs } from '../../src/lib/downloads/embedScript';
import { plotSvg } from '../../src/lib/charts/renderChart';
import { wrapText } from '../../src/lib/charts/wrapText';
import { textWidth } from '../../src/lib/charts/textWidth';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const ORIGIN = 'https://data.example.cn';
// Any date: the files must print the one they are given.
const DATA_DATE = '2026-01-02';
const catalog = chartCatalog(dataset, { origin: ORIGIN, dataDate: DATA_DATE });
const english = chartCatalog(dataset, { origin: ORIGIN, dataDate: DATA_DATE }, 'en');
const HAN = /[\u3400-\u9fff]/;

describe('wrapping text in chart files', () => {
  test('follows Chinese line-breaking: no line ends with an opening bracket or quote, none starts with a closing one or a comma', () => {
    const text = '来源:常州市《常州市民政事业发展第十四个五年规划》;泰州市《泰州召开全市民政工作会议亮出“五大行动”》;长兴县《长兴县民政事业发展“十四五”规划(节选)》,三门县。';
    // Every width from narrow to wide, so some break falls at each mark.
    for (let width = 60; width <= 600; width += 7) {
      const lines = wrapText(text, width, 11);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line, `${width}: ${line}`).not.toMatch(/[《“（]$/);
        expect(line, `${width}: ${line}`).not.toMatch(/^[》”）,。;]/);
      }
    }
  });
});

describe('the chart catalog', () => {
  test('has one chart per indicator and concept, the project map and both project charts, each slug once', () => {
    expect(catalog).toHaveLength(dataset.indicators.length + dataset.concepts.length + 3);
    expect(new Set(catalog.map((e) => e.slug)).size).toBe(catalog.length);
    expect(catalog.map((e) => e.slug)).toEqual(expect.arrayContaining(['projects/map', 'projects/investment', 'projects/timeline', 'compare/nursing-bed-share']));
  });

  test.each(['indicators/sanmen-fyp14.t2-nursing-bed-share', 'compare/min-living-standard', 'projects/map', 'projects/timeline'])('%s downloads as an SVG file with its title, source and credit inside', (slug) => {
    const entry = catalog.find((e) => e.slug === slug)!;
    const svg = entry.svg();
    const { document } = parseHTML(svg);
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/<style|<script/);
    const text = [...document.querySelectorAll('text')].map((t) => t.textContent).join('');
    expect(text).toContain(entry.title.slice(0, 8));
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain(`数据更新于 ${DATA_DATE}`);
    expect(text).toContain(`${ORIGIN}${entry.pagePath}`.slice(0, 30));
    expect(document.querySelector('title')?.textContent).toBe(entry.title);
  });

  test("an indicator's CSV has every value of the indicator with its quote and a link to it", () => {
    const entry = catalog.find((e) => e.slug === 'indicators/sanmen-fyp14.t2-nursing-bed-share')!;
    const rows = entry.csv();
    const values = dataset.indicator_values.filter((v) => v.indicator_id === 'sanmen-fyp14.t2-nursing-bed-share');
    expect(rows.map((r) => [r['year'], r['value_kind'], r['value']])).toEqual(values.map((v) => [v.year, v.value_kind, v.value]).sort());
    for (const r of rows) {
      expect(dataset.sources['sanmen-fyp14']).toContain(String(r['source_quote']));
      expect(String(r['source_url'])).toMatch(new RegExp(`^${ORIGIN}/sources/sanmen-fyp14/#q\\d+-[0-9a-f]{8}$`));
    }
  });

  test('every chart CSV says on each row how current its data is', () => {
    for (const entry of [...catalog, ...english]) {
      const rows = entry.csv();
      for (const r of rows) expect(r['data_updated'], entry.slug).toBe(DATA_DATE);
    }
  });

  test("a comparison's CSV shows the converted value beside the original and the factor", () => {
    const rows = catalog.find((e) => e.slug === 'compare/min-living-standard')!.csv();
    const yearly = rows.find((r) => r['original_value'] === 9600)!;
    expect(yearly['value']).toBe(800);
    expect(yearly['conversion']).toContain('除以12');
  });

  test('a region with two indicators for one concept gets two rows in the comparison chart', () => {
    const cmp = buildConceptComparison(dataset, 'nursing-bed-share');
    const options = buildCompareChart(cmp.series, cmp.domain, '%');
    const domain = (options.y as { domain: string[] }).domain;
    expect(domain).toHaveLength(cmp.series.length);
    expect(new Set(domain).size).toBe(domain.length);
  });
});

describe('the English chart catalog', () => {
  test('has the same charts as the Chinese one, each pointing at its English page', () => {
    expect(english.map((e) => e.slug)).toEqual(catalog.map((e) => e.slug));
    for (const e of english) {
      expect(e.locale).toBe('en');
      expect(e.pagePath.startsWith('/en/')).toBe(true);
    }
  });

  test('builds every embed and file path in one place, /en/ first for English', () => {
    expect(embedPath('indicators/x')).toBe('/embed/indicators/x/');
    expect(embedPath('indicators/x', 'en')).toBe('/en/embed/indicators/x/');
    expect(downloadPath('indicators/x', 'svg')).toBe('/downloads/indicators/x.svg');
    expect(downloadPath('indicators/x', 'csv', 'en')).toBe('/en/downloads/indicators/x.csv');
    expect(downloadPath('compare/y', 'csv', 'en')).toBe('/en/downloads/compare/y.csv');
  });

  test("an indicator's English SVG has an English title, subtitle, source line, credit and axis", () => {
    const entry = english.find((e) => e.slug === 'indicators/sanmen-fyp14.t2-nursing-bed-share')!;
    expect(entry.title).toBe('Sanmen County: Share of nursing-care beds in elderly-care institutions');
    expect(entry.source).toBe('Source: Sanmen County 14th Five-Year Plan for Civil Affairs (2021–2025)');
    const { document } = parseHTML(entry.svg());
    expect(document.querySelector('title')?.textContent).toBe(entry.title);
    // Lines wrap between words: joined with spaces they give the sentences back.
    const text = [...document.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('2020 baseline: 53%; 2022 interim target: 55%; 2025 target: 58%. Binding indicator.');
    expect(text).toContain(`Chart: Civil-Affairs Plans in Data · Data licence CC BY 4.0 · Data last updated ${DATA_DATE} · ${ORIGIN}/en/indicators/sanmen-fyp14.t2-nursing-bed-share/`);
    expect(text).toContain('↑ %');
    expect(text).not.toMatch(HAN);
  });

  test.each(['compare/min-living-standard', 'projects/map', 'projects/investment', 'projects/timeline'])('%s has an English title, source line and credit', (slug) => {
    const entry = english.find((e) => e.slug === slug)!;
    for (const s of [entry.title, entry.source]) expect(s).not.toMatch(HAN);
    expect(entry.source.startsWith('Source: ')).toBe(true);
    const text = [...parseHTML(entry.svg()).document.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain(entry.title.slice(0, 20));
    expect(text).toContain('Chart: Civil-Affairs Plans in Data · Data licence CC BY 4.0');
  });

  test("an English CSV names regions and conversions in English, keeps the quotes, and links to the English source page", () => {
    const rows = english.find((e) => e.slug === 'compare/min-living-standard')!.csv();
    const yearly = rows.find((r) => r['original_value'] === 9600)!;
    expect(yearly['region']).toBe('Sanmen County');
    expect(yearly['conversion']).toBe('yearly amount divided by 12');
    expect(String(yearly['source_quote'])).toMatch(HAN);
    expect(String(yearly['source_url'])).toMatch(new RegExp(`^${ORIGIN}/en/sources/sanmen-fyp14/#q\\d+-[0-9a-f]{8}$`));
    const investment = english.find((e) => e.slug === 'projects/investment')!.csv();
    for (const r of investment) {
      expect(String(r['region'])).not.toMatch(HAN);
      expect(String(r['category_en'])).not.toMatch(HAN);
    }
  });
});

describe('downloaded SVG text', () => {
  test('wraps long titles by width, CJK characters counted as one em', () => {
    const lines = wrapText('三'.repeat(30), 170, 17);
    expect(lines).toEqual(['三'.repeat(10), '三'.repeat(10), '三'.repeat(10)]);
    expect(wrapText('short', 300, 12)).toEqual(['short']);
  });

  test('breaks English between words, and cuts only a word longer than the line', () => {
    const lines = wrapText('Changzhou: civil-affairs plan indicators', 300, 20);
    expect(lines.join(' ')).toBe('Changzhou: civil-affairs plan indicators');
    for (const line of lines) expect(line.split(' ').every((w) => 'Changzhou: civil-affairs plan indicators'.split(' ').includes(w))).toBe(true);
    const cut = wrapText('Supercalifragilistic', 60, 10);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join('')).toBe('Supercalifragilistic');
    for (const line of cut) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
  });

  test('keeps its font size on the element, since a file has no stylesheet', () => {
    expect(plotSvg({ width: 200, height: 100, marks: [] }).svg).toMatch(/^<svg[^>]* font-size="13"/);
  });
});

describe('chart CSV', () => {
  test('opens in Excel (BOM), quotes commas, quotes and line breaks, and reads back unchanged', () => {
    const rows = [
      { a: '含,逗号', b: '含"引号"', c: 1.5 },
      { a: '两\n行', b: null, c: -2 },
    ];
    const csv = chartCsv(rows);
    expect(csv.startsWith('\ufeffa,b,c\r\n')).toBe(true);
    const back = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(back).toEqual([
      { a: '含,逗号', b: '含"引号"', c: '1.5' },
      { a: '两\n行', b: '', c: '-2' },
    ]);
  });
});

describe('embed code', () => {
  test('is an iframe at a fixed fallback height followed by the resize script, with hostile titles escaped', () => {
    const code = embedCode(`${ORIGIN}/`, '/embed/indicators/x/', '"><script>alert(1)</script>', 480);
    const { document } = parseHTML(`<body>${code}</body>`);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${ORIGIN}/embed/indicators/x/`);
    expect(iframe.getAttribute('title')).toBe('"><script>alert(1)</script>');
    expect(iframe.getAttribute('height')).toBe('480');
    expect(iframe.hasAttribute('data-mzgh')).toBe(true);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('script')!.getAttribute('src')).toBe(`${ORIGIN}/embed/resize.js`);
  });

  test('its resize script stays as small as Datawrapper’s (about 240 bytes gzip) and listens for our message only', () => {
    const js = resizeListenerJs(root);
    const gzip = gzipSync(js, { level: 9 }).length;
    console.log(`embed resize script: ${js.length} B, ${gzip} B gzip`);
    expect(gzip).toBeLessThanOrEqual(260);
    expect(js).toContain(`"${EMBED_MESSAGE_TYPE}"`);
    expect(js).toContain('iframe[data-mzgh]');
    expect(js).not.toMatch(/innerHTML|eval|fetch|import/);
  });
});
