import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { chartCatalog } from '../../src/lib/downloads/chartCatalog';
import { renderPng } from '../../src/lib/downloads/renderPng';
import { clampLines } from '../../src/lib/charts/wrapText';
import { OG_HEIGHT, OG_WIDTH, ogCardSvg, type OgCard } from '../../src/lib/cards/ogCard';
import { ogImages } from '../../src/lib/cards/ogImages';
import { regionsWithDocuments } from '../../src/lib/data/regionsWithDocuments';
import { inkedPixels, pngSize } from './pngDecode';

const root = resolve(import.meta.dirname, '..', '..');
const { dataset } = checkDataset(join(root, 'data'), root);
const catalog = chartCatalog(dataset, { origin: 'https://data.example.cn', dataDate: '2026-01-02' });
const images = ogImages(dataset, catalog, 'https://data.example.cn');

const chart = { svg: '<svg viewBox="0 0 560 240" height="240" width="560" font-size="10"><rect width="560" height="240" fill="#eee"/></svg>', width: 560, height: 240 };
const card = (over: Partial<OgCard> = {}): OgCard => ({ siteName: '民政规划数据', footer: '每个数字附原文引语 · CC BY 4.0', kicker: '指标 · 三门县', title: '养老机构护理型床位占比(%)', subtitle: '浙江省三门县《三门县民政事业发展“十四五”规划》', url: 'data.example.cn/indicators/x/', chart, ...over });
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('a link-preview card', () => {
  test('is drawn at 600 × 315 and renders to the 1200 × 630 PNG link previews expect', () => {
    const svg = ogCardSvg(card());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="315" viewBox="0 0 600 315"/);
    const png = renderPng(svg);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(inkedPixels(png)).toBeGreaterThan(10_000);
  });

  test('names the site, the kind of page, the title, subtitle and address', () => {
    expect(texts(ogCardSvg(card()))).toEqual(['民政规划数据', '指标 · 三门县', '养老机构护理型床位占比(%)', '浙江省三门县《三门县民政事业发展“十四五”规划》', 'data.example.cn/indicators/x/', '每个数字附原文引语 · CC BY 4.0']);
  });

  test('places the chart below the text, scaled into the card with its aspect ratio kept', () => {
    const nested = parse(ogCardSvg(card())).querySelector('svg svg')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(nested.getAttribute(a)));
    expect(nested.getAttribute('viewBox')).toBe('0 0 560 240');
    expect(x! + w!).toBeLessThanOrEqual(600 - 28);
    expect(y).toBeGreaterThan(100);
    expect(y! + h!).toBeLessThan(315 - 30);
  });

  test('wraps a long Chinese title onto two lines and ends it with … rather than run off the card', () => {
    const title = '每个市(区)至少建成的主要为失能特困人员提供集中供养服务的专业化机构数(每个市(区)最低数)'.repeat(2);
    const lines = clampLines(title, 544, 22, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.join('').replace('…', '')).toBe(title.slice(0, lines.join('').length - 1));
    expect(texts(ogCardSvg(card({ title }))).filter((t) => t.startsWith('每个市') || t.endsWith('…'))).toHaveLength(2);
  });

  test('shows headline figures when there is no chart', () => {
    const { chart: _, ...text } = card();
    const svg = ogCardSvg({ ...text, stats: [{ value: '99', label: '项指标' }, { value: '5', label: '个建设项目' }], note: '涉及:养老服务' });
    expect(texts(svg)).toEqual(expect.arrayContaining(['99', '项指标', '5', '个建设项目', '涉及:养老服务']));
    expect(svg).not.toContain('<svg x=');
  });

  test('shows hostile text as text', () => {
    const svg = ogCardSvg(card({ title: '<script>alert(1)</script> & "引号"' }));
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;');
    expect(parse(svg).querySelector('script')).toBeNull();
  });
});

describe('the cards of the real site', () => {
  test('one for the site and one per region and concept page; an indicator page shares its region’s', () => {
    const slugs = images.map((i) => i.slug);
    expect(slugs[0]).toBe('site');
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => s.startsWith('regions/'))).toEqual(regionsWithDocuments(dataset).map((r) => `regions/${r.region_code}`));
    expect(slugs.filter((s) => s.startsWith('indicators/'))).toEqual([]);
    expect(slugs.filter((s) => s.startsWith('compare/'))).toEqual(dataset.concepts.map((c) => `compare/${c.concept_id}`));
  });

  test.each(images.filter((i) => !i.slug.startsWith('regions/') && i.slug !== 'site').map((i) => [i.slug, i] as const))('%s shows its page’s own chart from the catalog', (slug, image) => {
    expect(image.card.chart).toEqual(catalog.find((e) => e.slug === slug)!.chart());
    expect(image.card.url).toBe(`data.example.cn${image.pagePath}`);
  });

  test('a region card counts its indicators, values and projects from the data', () => {
    const sanmen = images.find((i) => i.slug === 'regions/331022')!.card;
    const docIds = new Set(dataset.documents.filter((d) => d.region_code === '331022').map((d) => d.doc_id));
    // Each quantity once: a row that repeats another of its document (duplicate_of) is not counted again.
    const ids = new Set(dataset.indicators.filter((i) => docIds.has(i.doc_id) && i.duplicate_of === null).map((i) => i.indicator_id));
    expect(sanmen.title).toBe('三门县民政规划指标');
    expect(sanmen.stats).toEqual([
      { value: String(ids.size), label: '项指标' },
      { value: String(dataset.indicator_values.filter((v) => ids.has(v.indicator_id)).length), label: '个数值' },
      { value: String(dataset.indicators.filter((i) => ids.has(i.indicator_id) && i.attribute === 'binding').length), label: '项约束性指标' },
      { value: String(dataset.projects.filter((p) => docIds.has(p.doc_id)).length), label: '个建设项目' },
    ]);
  });
});
