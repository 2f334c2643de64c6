import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildInvestmentChart, buildTimelineChart, describeInvestment, describeTimeline, investmentByRegion } from '../../src/lib/charts/projectCharts';
import { renderChart } from '../../src/lib/charts/renderChart';
import { markChineseInSvg } from '../../src/lib/format/chineseSvg';
import { withoutChinese } from '../../src/lib/format/withoutChinese';
import { hanRuns } from '../../src/lib/format/hanRuns';
import { popupFacts } from '../../src/lib/views/projectFeatures';
import { checkDataset } from '../../src/lib/validation/loadDataset';
import { readBasemap, readCounties } from '../../src/lib/map/basemap';
import { markerRadius, placeProjects } from '../../src/lib/map/projectPoints';
import { buildStaticMap, englishRegionNames } from '../../src/lib/map/staticMap';
import { buildProjectsView, regionNamesIn } from '../../src/lib/views/projectsView';
import { BUDGETS } from '../budgets';
import { countText, matches, readFilter } from '../../src/components/projectExplorer';

const root = resolve(import.meta.dirname, '..', '..');
const dataDir = join(root, 'data');
const { dataset } = checkDataset(dataDir, root);
const counties = readCounties(dataDir);
const budgets = BUDGETS;

describe('placing projects on the map', () => {
  const placement = placeProjects(dataset.projects, counties);

  test('city-wide programmes and sites without a district are listed, never pinned', () => {
    expect(placement.unmapped.every((p) => p.location_precision === 'city')).toBe(true);
    expect(placement.mapped.length + placement.unmapped.length).toBe(dataset.projects.length);
  });

  test('projects sharing one county point are spread apart, and every drawn point stays inside its county', () => {
    const byCode = new Map(counties.features.map((f) => [f.properties.code, f]));
    const keys = placement.mapped.map((m) => `${m.lon},${m.lat}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of placement.mapped) expect(booleanPointInPolygon([m.lon, m.lat], byCode.get(m.project.county_code)!), m.project.project_id).toBe(true);
  });

  test('marker area grows with investment; unknown investment still gets a visible marker', () => {
    expect(markerRadius(null, 100)).toBe(5);
    expect(markerRadius(25, 100)).toBeLessThan(markerRadius(100, 100));
    expect(markerRadius(100, 100)).toBe(20);
  });
});

describe('the basemap', () => {
  test(`is within its budget (${budgets.basemapMaxGzipKB} KB gzip) and has province and prefecture outlines, counties and labels`, () => {
    const raw = readFileSync(join(dataDir, 'geo', 'basemap.geojson'));
    expect(gzipSync(raw).length / 1024).toBeLessThanOrEqual(budgets.basemapMaxGzipKB);
    const layers = new Set(readBasemap(dataDir).features.map((f) => f.properties?.['layer']));
    expect([...layers].sort()).toEqual(['county', 'label', 'prefecture', 'province']);
  });

  test('names its outlines from the data (regions.csv) and the national reference, one province outline per province of the data', () => {
    const features = readBasemap(dataDir).features;
    const of = (layer: string) => features.filter((f) => f.properties?.['layer'] === layer).map((f) => `${f.properties?.['code']} ${f.properties?.['name_en']}`);
    const prefectures = dataset.regions.filter((r) => r.level === 'prefecture');
    expect(of('prefecture')).toEqual(prefectures.map((r) => `${r.region_code} ${r.name_en}`).sort());
    const provinces = [...new Set(dataset.regions.map((r) => `${r.region_code.slice(0, 2)}0000 ${r.province_en} Province`))].sort();
    expect(of('province')).toEqual(provinces);
  });

  test('the build-time map draws one marker per mapped project and escapes names', () => {
    const view = buildProjectsView(dataset, counties);
    const svg = buildStaticMap(readBasemap(dataDir), view.placement.mapped, { width: 640, height: 480, id: 'm', title: '<b>地图</b>', description: 'd' });
    expect(svg.match(/<circle /g)).toHaveLength(view.placement.mapped.length);
    expect(svg).toContain('&lt;b&gt;地图&lt;/b&gt;');
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
  });

  test('the English map labels a county in the data by its English name, and marks the others Chinese', () => {
    const view = buildProjectsView(dataset, counties);
    const svg = buildStaticMap(readBasemap(dataDir), view.placement.mapped, { width: 640, height: 480, id: 'm', title: 't', description: 'd', englishNames: englishRegionNames(dataset) });
    const labels = [...svg.matchAll(/<text [^>]*?(lang="zh-CN")?>([^<]*)<\/text>/g)].map((m) => ({ zh: m[1] !== undefined, text: m[2]! }));
    const drawnCodes = readBasemap(dataDir).features.filter((f) => f.properties?.['layer'] === 'county').map((f) => String(f.properties?.['code']));
    const inData = dataset.regions.filter((r) => drawnCodes.includes(r.region_code));
    expect(inData.length).toBeGreaterThan(0);
    for (const r of inData) expect(labels).toContainEqual({ zh: false, text: r.name_en });
    for (const l of labels.filter((x) => /[\u4e00-\u9fff]/.test(x.text))) expect(l.zh, l.text).toBe(true);
  });
});

describe('project charts', () => {
  const rows = buildProjectsView(dataset, counties).rows;

  test('investment by region counts one-off totals only, never yearly budgets', () => {
    const sums = investmentByRegion(rows);
    const total = sums.reduce((n, d) => n + d.yi, 0);
    const expected = dataset.projects.reduce((n, p) => n + (p.investment_total_cny ?? 0), 0) / 1e8;
    expect(total).toBeCloseTo(expected, 6);
    expect(buildInvestmentChart(rows).marks).toHaveLength(3);
  });

  test('the timeline draws dated projects only and counts the rest', () => {
    const { options, undated } = buildTimelineChart(rows);
    const dated = rows.filter((r) => r.project.start_year !== null && r.project.end_year !== null && r.project.nature !== 'programme').length;
    expect(undated).toBe(rows.length - dated);
    expect((options.y as { domain: string[] }).domain).toHaveLength(dated);
  });
});

describe('project charts in English', () => {
  const rows = buildProjectsView(dataset, counties, undefined, 'en').rows;
  const HAN = /[\u3400-\u9fff]/;

  test('the view names regions in English, and rows built in Chinese can be renamed', () => {
    expect(new Set(rows.map((r) => r.regionName))).toContain('Sanmen County');
    const zhRows = buildProjectsView(dataset, counties).rows;
    expect(regionNamesIn(zhRows, dataset, 'en').map((r) => r.regionName)).toEqual(rows.map((r) => r.regionName));
  });

  test('the investment chart counts in million yuan with English axis, categories and totals', () => {
    const options = buildInvestmentChart(rows, { locale: 'en' });
    expect((options.x as { label: string }).label).toBe('Planned total investment (million yuan) →');
    expect((options.color as { domain: string[] }).domain).toContain('Elderly care');
    const svg = renderChart(options, { id: 'i', title: 't', description: 'd' }).svg;
    expect(svg).not.toMatch(HAN);
    // Sanmen's one-off totals, to the nearest million, as "277 million" style labels.
    const sanmen = investmentByRegion(rows).filter((d) => d.region === 'Sanmen County').reduce((n, d) => n + d.cny, 0);
    expect(svg).toContain(`${new Intl.NumberFormat('en').format(Math.round(sanmen / 1e6))} million`);
    // The Chinese chart is unchanged: 亿元 and Chinese categories.
    const zh = buildInvestmentChart(buildProjectsView(dataset, counties).rows);
    expect((zh.x as { label: string }).label).toBe('规划总投资(亿元)→');
    expect((zh.color as { domain: string[] }).domain).toContain('养老服务');
  });

  test('the text alternatives are English, money in million yuan', () => {
    const inv = describeInvestment(rows, 'en');
    expect(inv).toMatch(/^[A-Z][^;]+, [A-Z][a-z ]+: [\d.,]+ (million|billion) yuan(; |$)/);
    expect(inv).not.toMatch(HAN);
    expect(describeInvestment(buildProjectsView(dataset, counties).rows)).toMatch(/亿元/);
    expect(describeTimeline(rows, 'en')).toMatch(/Sanmen County, [^;]+: 20\d\d–20\d\d/);
  });

  test('the timeline labels projects by their English names; a Chinese word left in a name is marked as Chinese', () => {
    // No English name in the data keeps a Chinese word today; one row is given one here.
    const withChinese = rows.map((r) => (r.project.project_id === 'changzhou-fyp14.longx-cemetery-relocation' ? { ...r, project: { ...r.project, name_en: 'Relocation of the 龙□ cemetery' } } : r));
    const { options } = buildTimelineChart(withChinese, { locale: 'en' });
    const names = (options.y as { domain: string[] }).domain;
    expect(names).toContain(dataset.projects.find((p) => p.project_id === 'sanmen-fyp14.first-welfare-home')!.name_en);
    const svg = markChineseInSvg(renderChart(options, { id: 'tl', title: 't', description: describeTimeline(withChinese, 'en') }).svg);
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const unmarked = [...document.querySelectorAll('text, title, desc, tspan')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3 && HAN.test(n.textContent ?? '') && !el.closest('[lang^=zh]')));
    expect(unmarked).toEqual([]);
    // Inside a page a <desc> holds HTML phrasing content, where <tspan> is unknown: an HTML <span> marks it.
    expect(document.querySelectorAll('desc tspan')).toHaveLength(0);
    expect([...document.querySelectorAll('desc span[lang="zh-CN"]')].map((el) => el.textContent)).toContain('龙□');
    // A <title> holds text only: its Chinese words are left out, never marked up.
    expect([...document.querySelectorAll('title')].every((el) => el.children.length === 0)).toBe(true);
    expect(withoutChinese('Persons holding the social worker (社会工作师) qualification')).toBe('Persons holding the social worker qualification');
    expect(hanRuns('Relocation of the 龙□ cemetery')).toEqual([{ text: 'Relocation of the ', zh: false }, { text: '龙□', zh: true }, { text: ' cemetery', zh: false }]);
  });

  test('popups say the facts in English, the place in English first and as written (marked Chinese) after', () => {
    const p = dataset.projects.find((x) => x.project_id === 'sanmen-fyp14.first-welfare-home')!;
    const facts = popupFacts(p, 'Sanmen County', 'en');
    expect(facts[0]).toEqual(['Region', 'Sanmen County']);
    expect(p.location_en).toMatch(/\w/);
    expect(facts.find(([k]) => k === 'Location (our translation)')).toEqual(['Location (our translation)', p.location_en]);
    expect(facts.find(([k]) => k === 'Location (as written)')).toEqual(['Location (as written)', p.location_zh, 'zh-CN']);
    expect(popupFacts(p, '三门县', 'zh').find(([k]) => k === '地点(英译)')).toBeUndefined();
    expect(facts.filter((f) => f.length === 2).flat().join(' ')).not.toMatch(HAN);
    expect(popupFacts(p, '三门县', 'zh').find(([k]) => k === '位置精度')).toBeDefined();
  });
});

describe('project filters', () => {
  const row = { region: '331022', category: 'elderly_care', nature: 'new', start: '2022', end: '2024', inv: '5000' };

  test('read from the URL, ignoring junk', () => {
    expect(readFilter(new URLSearchParams('category=funeral&min=abc&from=2021'))).toEqual({ region: '', category: 'funeral', nature: '', from: 2021, to: null, min: null, max: null });
  });

  test('match by region, category, nature, years and investment', () => {
    expect(matches(row, readFilter(new URLSearchParams('region=331022&category=elderly_care')))).toBe(true);
    expect(matches(row, readFilter(new URLSearchParams('nature=renovation')))).toBe(false);
    expect(matches(row, readFilter(new URLSearchParams('from=2023')))).toBe(false);
    expect(matches(row, readFilter(new URLSearchParams('to=2024&min=4000&max=6000')))).toBe(true);
    expect(matches({ ...row, inv: '' }, readFilter(new URLSearchParams('min=1')))).toBe(false);
  });

  test('count the shown projects in the page’s language', () => {
    expect(countText('显示 {shown} / {total} 个项目', 3, 44)).toBe('显示 3 / 44 个项目');
    expect(countText('Showing {shown} of {total} projects', 3, 44)).toBe('Showing 3 of 44 projects');
  });
});
